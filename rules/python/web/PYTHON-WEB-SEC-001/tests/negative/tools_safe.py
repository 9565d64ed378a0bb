import re
import os
import shlex
import subprocess

import tornado.web
from aiohttp import web
from fastapi import Depends, FastAPI, Query, Request

app = FastAPI()
routes = web.RouteTableDef()


class Settings:
    backup_cmd = "tar czf /srv/backup.tgz /srv/data"


def get_settings():
    return Settings()


@app.get("/ping")
async def ping(host: str = Query(...)):
    # ok: PYTHON-WEB-SEC-001
    os.system("ping -c 1 " + shlex.quote(host))
    # ok: PYTHON-WEB-SEC-001
    subprocess.run(["ping", "-c", "1", "--", host], check=True)


@app.get("/items/{item_id}")
def item(item_id: int, limit: int = Query(10), ratio: float = 1.0):
    # Numbers cannot carry shell syntax.
    # ok: PYTHON-WEB-SEC-001
    os.system("report --item %d --limit %d --ratio %f" % (item_id, limit, ratio))


@app.post("/backup")
def backup(settings: Settings = Depends(get_settings)):
    # A dependency computed by the server, not a client value.
    # ok: PYTHON-WEB-SEC-001
    os.system(settings.backup_cmd)


@app.post("/state")
async def state(request: Request):
    # The application's own state, not the client's request; the whole request object is a source, so
    # this is still reported.
    # todook: PYTHON-WEB-SEC-001
    os.system(request.app.state.cleanup_cmd)


@routes.get("/lookup/{name}")
async def lookup(request):
    name = request.match_info["name"]
    # ok: PYTHON-WEB-SEC-001
    out = subprocess.check_output(["host", "--", name])
    return web.Response(body=out)


class PingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        # ok: PYTHON-WEB-SEC-001
        subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
        # ok: PYTHON-WEB-SEC-001
        os.system("uptime")


class WhoisHandler(tornado.web.RequestHandler):
    def initialize(self, tool):
        # Set by the application's URL spec, not by the request.
        # ok: PYTHON-WEB-SEC-001
        os.system(tool + " --version")

    def get(self, domain):
        # ok: PYTHON-WEB-SEC-001
        report = os.popen("whois " + shlex.quote(domain)).read()
        self.write(report)

    def post(self, domain):
        # A fixed program; the capture is one argument after "--".
        # ok: PYTHON-WEB-SEC-001
        os.execl("/usr/bin/whois", "whois", "--", domain)


class CommandCache:
    # Not a request handler: get() is an ordinary method.
    def get(self, key):
        # ok: PYTHON-WEB-SEC-001
        return os.popen("cat /var/cache/" + key).read()


@routes.get("/resolve")
async def resolve(request):
    host = request.query.get("host", "")
    if not re.fullmatch(r"[a-z0-9.-]+", host):
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-001
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


@routes.get("/tail")
async def tail(request):
    args = LogArgs(request)
    # ok: PYTHON-WEB-SEC-001
    os.system("tail -n %d /var/log/app.log" % args.lines())
    return web.Response(text="ok")
