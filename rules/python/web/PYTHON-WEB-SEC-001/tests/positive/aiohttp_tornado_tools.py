import re
import os
import subprocess

import tornado.web
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/lookup/{name}")
async def lookup(request):
    name = request.match_info["name"]
    # ruleid: PYTHON-WEB-SEC-001
    out = subprocess.check_output("host " + name, shell=True)
    return web.Response(body=out)


@routes.post("/archive")
async def archive(request):
    data = await request.post()
    # ruleid: PYTHON-WEB-SEC-001
    os.system("zip -r /tmp/a.zip " + data["folder"])
    # ruleid: PYTHON-WEB-SEC-001
    os.system("echo " + request.query.get("msg", ""))
    return web.Response(text="ok")


class PingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        # ruleid: PYTHON-WEB-SEC-001
        os.system("ping -c 1 " + host)

    def post(self):
        # ruleid: PYTHON-WEB-SEC-001
        subprocess.Popen(self.request.body.decode(), shell=True)
        # ruleid: PYTHON-WEB-SEC-001
        os.system("dig " + self.get_query_argument("q"))


class WhoisHandler(tornado.web.RequestHandler):
    # Tornado passes the URL captures of r"/whois/([^/]+)" positionally.
    def get(self, domain):
        # ruleid: PYTHON-WEB-SEC-001
        report = os.popen("whois %s" % domain).read()
        self.write(report)

    def post(self, domain):
        # ruleid: PYTHON-WEB-SEC-001
        os.execl("/bin/sh", "sh", "-c", "whois " + domain)


@routes.get("/resolve")
async def resolve(request):
    host = request.query.get("host", "")
    # A pattern without an end anchor accepts "example.org; rm -rf /".
    if not re.match(r"[a-z0-9.-]+", host):
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-001
    os.system("host " + host)
    return web.Response(text="ok")


class LogArgs:
    """Keeps the request; its accessors return request text or a number."""

    def __init__(self, request):
        self.request = request

    def pattern(self):
        return self.request.query.get("pattern", "")

    def lines(self):
        return int(self.request.query.get("lines", "20"))


@routes.get("/grep")
async def grep(request):
    args = LogArgs(request)
    # ruleid: PYTHON-WEB-SEC-001
    os.system("grep -r " + args.pattern() + " /var/log")
    return web.Response(text="ok")
