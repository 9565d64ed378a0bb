#!/usr/bin/env python3
"""Writes the precision corpus: small request handlers under cases/ and their labels in labels.csv.

Each case is one handler (one file, or one directory for cross-file cases). A case combines a web
framework (how the handler is declared and where client data enters), a weakness class (the dangerous
operation) and a construct (what happens to the value between the two). Every case exists as a
vulnerable version and a safe look-alike written in the same style, so a scanner that reports the
look-alike is measured as imprecise.

The labels are a careful reader's verdict on the code as written, not on what any scanner reports:
they name the weakness class (not a rule id), the line of the dangerous operation, and the verdict.

Run it from anywhere: `python3 bench/precision/generate.py` rewrites cases/ and labels.csv.
"""

from __future__ import annotations

import csv
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SINK = "  #@sink"  # marks the labelled line in a template; removed from the written file

# ---------------------------------------------------------------------------------------------------
# Frameworks: how a handler is declared, where the client's value comes from, how it answers.
# ---------------------------------------------------------------------------------------------------


@dataclass
class Framework:
    name: str
    header: str
    # Source statements assigning the client's value to {v}; rotated so the corpus uses many forms.
    sources: list[str]
    # Numeric or otherwise non-attacker sources, used by the safe "framework-source" cases.
    clean_sources: list[str]
    # The expression that reads key {k} from a request object held in variable `req` (helper cases).
    getter: str
    # What the handler passes to a helper as "the request".
    request_expr: str
    ok: str
    bad: str
    # XSS sink and a safe answer carrying the same value; {e} is the value expression.
    html: str
    text: str
    redirect: str
    redirect_safe: str
    redirect_imports: str = ""
    indent: int = 4

    def wrap(self, n: int, body: str, source: str, params: str = "") -> str:
        """The handler: declaration, the source statement, the body, and the final answer."""
        pad = " " * self.indent
        body = textwrap.dedent(body).strip("\n")
        answered = _ends_in_answer(body)
        body = textwrap.indent(body, pad)
        src = textwrap.indent(source, pad) if source else ""
        lines = [x for x in (src, body) if x]
        ok = self.ok.replace("{{", "{").replace("}}", "}")
        tail = "" if answered else "\n" + pad + ok
        return self.declare(n, params) + "\n" + "\n".join(lines) + tail + "\n"

    def declare(self, n: int, params: str) -> str:
        return DECLARE[self.name](n, params)


def _ends_in_answer(body: str) -> bool:
    last = body.rstrip().splitlines()[-1]
    if last.startswith(" "):
        return False
    return last.startswith(("return ", "raise ", "self.write(", "self.redirect(", "self.render(")) or (
        last.startswith("return") and len(last) == 6
    )


def _flask(n, params):
    route = f'"/c{n}/<name>"' if "name" in params else f'"/c{n}"'
    return f'@app.route({route}, methods=["GET", "POST"])\ndef case_{n}({params}):'


def _django(n, params):
    extra = f", {params}" if params else ""
    return f"def case_{n}(request{extra}):"


def _fastapi(n, params):
    if params.startswith("@"):
        deco, params = params[1:].split("|", 1)
        return f"{deco}\nasync def case_{n}({params}):"
    return f'@app.post("/c{n}")\nasync def case_{n}({params or "request: Request"}):'


def _aiohttp(n, params):
    return f'@routes.post("/c{n}")\nasync def case_{n}(request):'


def _tornado(n, params):
    extra = f", {params}" if params else ""
    return f"class Case{n}Handler(tornado.web.RequestHandler):\n    def post(self{extra}):"


def _drf(n, params):
    return f"class Case{n}View(APIView):\n    def post(self, request):"


def _lambda(n, params):
    return f"def handler_{n}(event, context):"


DECLARE = {
    "flask": _flask,
    "django": _django,
    "fastapi": _fastapi,
    "aiohttp": _aiohttp,
    "tornado": _tornado,
    "drf": _drf,
    "lambda": _lambda,
}

FRAMEWORKS = [
    Framework(
        name="flask",
        header=(
            "from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, "
            "render_template_string, send_file\nfrom markupsafe import escape\n\napp = Flask(__name__)\n"
        ),
        sources=[
            '{v} = request.args.get("{k}", "")',
            '{v} = request.form["{k}"]',
            '{v} = request.values.get("{k}")',
            '{v} = request.get_json()["{k}"]',
            '{v} = request.args["{k}"]',
            '{v} = request.form.get("{k}", "")',
            'payload = request.get_json(silent=True) or {{}}\n{v} = payload.get("{k}", "")',
            '{v} = request.headers.get("X-{K}", "")',
            '{v} = request.cookies.get("{k}", "")',
            '{v} = request.form.getlist("{k}")[0]',
            '{v} = request.files["upload"].filename',
            "{v} = request.full_path",
            "{v} = request.url",
            '{v} = request.args.to_dict().get("{k}", "")',
        ],
        clean_sources=[
            '{v} = str(request.args.get("{k}", 1, type=int))',
            '{v} = str(int(request.form["{k}"]))',
            '{v} = str(len(request.args.get("{k}", "")))',
        ],
        getter='req.args.get(key, "")',
        request_expr="request",
        ok='return "ok"',
        bad='return "bad request", 400',
        html='return "<p>Result: " + {e} + "</p>"',
        text="return jsonify(result={e})",
        redirect="return redirect({e})",
        redirect_safe='return redirect(url_for("profile", name={e}))',
    ),
    Framework(
        name="django",
        header=(
            "from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse\n"
            "from django.shortcuts import redirect\nfrom django.utils.html import escape\n"
        ),
        sources=[
            '{v} = request.GET.get("{k}", "")',
            '{v} = request.POST["{k}"]',
            '{v} = request.GET["{k}"]',
            '{v} = request.POST.get("{k}", "")',
            '{v} = request.headers.get("X-{K}", "")',
            '{v} = request.COOKIES.get("{k}", "")',
            '{v} = request.META.get("HTTP_X_{KU}", "")',
            '{v} = request.body.decode()',
            '{v} = request.GET.getlist("{k}")[0]',
            'params = request.GET.dict()\n{v} = params.get("{k}", "")',
        ],
        clean_sources=[
            '{v} = str(int(request.GET.get("{k}", "1")))',
            '{v} = str(len(request.POST.get("{k}", "")))',
        ],
        getter='req.GET.get(key, "")',
        request_expr="request",
        ok='return HttpResponse("ok")',
        bad='return HttpResponseBadRequest("bad request")',
        html='return HttpResponse("<p>Result: %s</p>" % {e})',
        text='return JsonResponse({{"result": {e}}})',
        redirect="return HttpResponseRedirect({e})",
        redirect_safe='return redirect("profile", name={e})',
    ),
    Framework(
        name="fastapi",
        header=(
            "from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException\n"
            "from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse\n"
            "from pydantic import BaseModel\n\napp = FastAPI()\n\n\nclass Item(BaseModel):\n    name: str\n    note: str = \"\"\n"
        ),
        sources=[
            "@|{k}: str = Query(\"\")",
            "@|request: Request\n{v} = (await request.json())[\"{k}\"]",
            "@|{k}: str = Body(..., embed=True)",
            "@|x_{k}: str = Header(\"\")\n{v} = x_{k}",
            "@|{k}: str = Cookie(\"\")",
            "@|item: Item\n{v} = item.name",
            "@|request: Request\nform = await request.form()\n{v} = form[\"{k}\"]",
            "@|request: Request\n{v} = (await request.body()).decode()",
            "@|request: Request\n{v} = request.query_params.get(\"{k}\", \"\")",
            "@path|{k}: str",
            "@|{k}: str = Form(\"\")",
        ],
        clean_sources=[
            "@|{k}: int = Query(1)\n{v} = str({k})",
            "@path|{k}: int\n{v} = str({k})",
            "@|{k}: float = Query(1.0)\n{v} = str({k})",
        ],
        getter='req.query_params.get(key, "")',
        request_expr="request",
        ok='return {{"ok": True}}',
        bad="raise HTTPException(status_code=400)",
        html='return HTMLResponse("<p>Result: " + {e} + "</p>")',
        text="return PlainTextResponse({e})",
        redirect="return RedirectResponse({e})",
        redirect_safe='return RedirectResponse(app.url_path_for("profile", name={e}))',
    ),
    Framework(
        name="aiohttp",
        header="from aiohttp import web\n\nroutes = web.RouteTableDef()\n",
        sources=[
            '{v} = request.query.get("{k}", "")',
            'data = await request.post()\n{v} = data["{k}"]',
            '{v} = request.match_info["{k}"]',
            'body = await request.json()\n{v} = body.get("{k}", "")',
            '{v} = await request.text()',
            '{v} = request.headers.get("X-{K}", "")',
            '{v} = request.cookies.get("{k}", "")',
            '{v} = request.rel_url.query["{k}"]',
        ],
        clean_sources=[
            '{v} = str(int(request.query.get("{k}", "1")))',
            '{v} = str(int(request.match_info["{k}"]))',
        ],
        getter='req.query.get(key, "")',
        request_expr="request",
        ok='return web.Response(text="ok")',
        bad="raise web.HTTPBadRequest()",
        html='return web.Response(text="<p>Result: " + {e} + "</p>", content_type="text/html")',
        text="return web.Response(text={e})",
        redirect="raise web.HTTPFound({e})",
        redirect_safe='raise web.HTTPFound(request.app.router["profile"].url_for(name={e}))',
    ),
    Framework(
        name="tornado",
        header="import tornado.web\n",
        sources=[
            '{v} = self.get_argument("{k}")',
            '{v} = self.get_argument("{k}", "")',
            '{v} = self.get_body_argument("{k}")',
            '{v} = self.get_query_argument("{k}", "")',
            '{v} = self.get_arguments("{k}")[0]',
            '{v} = self.request.body.decode()',
            '{v} = self.request.headers.get("X-{K}", "")',
            '{v} = self.get_cookie("{k}", "")',
        ],
        clean_sources=[
            '{v} = str(int(self.get_argument("{k}", "1")))',
            '{v} = str(len(self.get_argument("{k}", "")))',
        ],
        getter='req.get_argument(key, "")',
        request_expr="self",
        ok='self.write("ok")',
        bad="raise tornado.web.HTTPError(400)",
        html='self.write("<p>Result: " + {e} + "</p>")',
        text='self.write({{"result": {e}}})',
        redirect="self.redirect({e})",
        redirect_safe='self.redirect(self.reverse_url("profile", {e}))',
        indent=8,
    ),
    Framework(
        name="drf",
        header=(
            "from django.http import HttpResponse, HttpResponseRedirect\nfrom django.urls import reverse\n"
            "from rest_framework.response import Response\nfrom rest_framework.views import APIView\n"
        ),
        sources=[
            '{v} = request.data.get("{k}", "")',
            '{v} = request.query_params.get("{k}", "")',
            '{v} = request.data["{k}"]',
            '{v} = request.query_params["{k}"]',
            '{v} = request.GET.get("{k}", "")',
            '{v} = request.headers.get("X-{K}", "")',
        ],
        clean_sources=[
            '{v} = str(int(request.query_params.get("{k}", "1")))',
            '{v} = str(len(request.data.get("{k}", "")))',
        ],
        getter='req.query_params.get(key, "")',
        request_expr="request",
        ok='return Response({{"ok": True}})',
        bad="return Response(status=400)",
        html='return HttpResponse("<p>Result: " + {e} + "</p>")',
        text='return Response({{"result": {e}}})',
        redirect="return HttpResponseRedirect({e})",
        redirect_safe='return HttpResponseRedirect(reverse("profile", args=[{e}]))',
        indent=8,
    ),
    Framework(
        name="lambda",
        header="import json\n",
        sources=[
            '{v} = event["queryStringParameters"]["{k}"]',
            'body = json.loads(event["body"])\n{v} = body["{k}"]',
            '{v} = event["pathParameters"]["{k}"]',
            '{v} = (event.get("queryStringParameters") or {{}}).get("{k}", "")',
            '{v} = event["headers"].get("x-{k}", "")',
            '{v} = event["{k}"]',
        ],
        clean_sources=[
            '{v} = str(int(event["queryStringParameters"]["{k}"]))',
            '{v} = str(len(event.get("body") or ""))',
        ],
        getter='(req.get("queryStringParameters") or {{}}).get(key, "")',
        request_expr="event",
        ok='return {{"statusCode": 200, "body": "ok"}}',
        bad='return {{"statusCode": 400, "body": "bad request"}}',
        html=(
            'return {{"statusCode": 200, "headers": {{"Content-Type": "text/html"}}, '
            '"body": "<p>Result: " + {e} + "</p>"}}'
        ),
        text=(
            'return {{"statusCode": 200, "headers": {{"Content-Type": "application/json"}}, '
            '"body": json.dumps({{"result": {e}}})}}'
        ),
        redirect='return {{"statusCode": 302, "headers": {{"Location": {e}}}}}',
        redirect_safe='return {{"statusCode": 302, "headers": {{"Location": "/profile/" + {e}}}}}',
    ),
]
FW = {f.name: f for f in FRAMEWORKS}

# ---------------------------------------------------------------------------------------------------
# Weakness classes: the dangerous operation in several real forms, and what makes it safe.
# ---------------------------------------------------------------------------------------------------


@dataclass
class Weakness:
    name: str
    imports: str
    key: str  # request parameter name
    const: str  # a constant value of the right shape (Python literal)
    sinks: list[str]  # statements using {w}; the sink line carries SINK
    sanitized: list[str] = field(default_factory=list)  # same operation made safe, still using {w}
    # (effective guard, sink) and (ineffective guard, sink): guard lines may use {bad}
    guard_safe: list[str] = field(default_factory=list)
    guard_vuln: list[str] = field(default_factory=list)
    forms_vuln: list[str] = field(default_factory=list)  # other real sink forms
    forms_safe: list[str] = field(default_factory=list)


WEAKNESSES = [
    Weakness(
        name="command-injection",
        imports="import os\nimport re\nimport shlex\nimport subprocess\n",
        key="host",
        const='"localhost"',
        sinks=[
            'os.system("ping -c 1 " + {w})' + SINK,
            'out = subprocess.check_output("nslookup " + {w}, shell=True)' + SINK,
            'subprocess.run(f"tar czf /tmp/export.tgz {{{w}}}", shell=True, check=True)' + SINK,
            'report = os.popen("whois %s" % {w}).read()' + SINK,
            'subprocess.Popen("dig +short {{}}".format({w}), shell=True)' + SINK,
        ],
        sanitized=[
            'os.system("ping -c 1 " + shlex.quote({w}))' + SINK,
            'subprocess.run(["ping", "-c", "1", "--", {w}], check=True)' + SINK,
            'out = subprocess.check_output("nslookup " + shlex.quote({w}), shell=True)' + SINK,
        ],
        guard_safe=[
            'if not re.fullmatch(r"[A-Za-z0-9.-]+", {w}):\n    {bad}\nos.system("ping -c 1 " + {w})' + SINK,
            'if not {w}.isalnum():\n    {bad}\nsubprocess.run("host " + {w}, shell=True)' + SINK,
        ],
        guard_vuln=[
            # re.match anchors only at the start: "example.com; id" passes.
            'if not re.match(r"[A-Za-z0-9.-]+", {w}):\n    {bad}\nos.system("ping -c 1 " + {w})' + SINK,
            'if ";" in {w}:\n    {bad}\nsubprocess.run("host " + {w}, shell=True)' + SINK,
        ],
        forms_vuln=[
            'args = ["sh", "-c"]\nargs.append("ping -c 1 " + {w})\nsubprocess.run(args)' + SINK,
            'cmd = ["bash", "-c"]\ncmd += ["tar czf /tmp/out.tgz " + {w}]\nsubprocess.call(cmd)' + SINK,
            'command = "traceroute " + {w}\nproc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)' + SINK,
            'os.execl("/bin/sh", "sh", "-c", "ping " + {w})' + SINK,
        ],
        forms_safe=[
            'args = ["ping", "-c", "1"]\nargs.append("--")\nargs.append({w})\nsubprocess.run(args)' + SINK,
            'cmd = ["tar", "czf", "/tmp/out.tgz", "--"]\ncmd += [{w}]\nsubprocess.call(cmd)' + SINK,
            'command = ["traceroute", {w}]\nproc = subprocess.Popen(command, stdout=subprocess.PIPE)' + SINK,
            'os.execl("/usr/bin/ping", "ping", "-c", "1", "--", {w})' + SINK,
        ],
    ),
    Weakness(
        name="sql-injection",
        imports="import sqlite3\nfrom sqlalchemy import text\n\ndb = sqlite3.connect(\"app.db\")\n",
        key="name",
        const='"alice"',
        sinks=[
            'cur = db.cursor()\ncur.execute("SELECT * FROM users WHERE name = \'%s\'" % {w})' + SINK,
            'rows = db.execute(f"SELECT id FROM orders WHERE customer = \'{{{w}}}\'").fetchall()' + SINK,
            'cur = db.cursor()\ncur.execute("DELETE FROM sessions WHERE token = \'" + {w} + "\'")' + SINK,
            'db.executescript("UPDATE users SET nick = \'{{}}\' WHERE id = 1".format({w}))' + SINK,
        ],
        sanitized=[
            'cur = db.cursor()\ncur.execute("SELECT * FROM users WHERE name = ?", ({w},))' + SINK,
            'rows = db.execute("SELECT id FROM orders WHERE customer = ?", [{w}]).fetchall()' + SINK,
            'cur = db.cursor()\ncur.execute("DELETE FROM sessions WHERE token = :t", {{"t": {w}}})' + SINK,
        ],
        guard_safe=[
            'if not {w}.isdigit():\n    {bad}\nrows = db.execute("SELECT * FROM users WHERE id = " + {w}).fetchall()' + SINK,
            'if {w} not in ("asc", "desc"):\n    {bad}\nrows = db.execute(f"SELECT * FROM users ORDER BY name {{{w}}}").fetchall()' + SINK,
        ],
        guard_vuln=[
            'if not {w}:\n    {bad}\nrows = db.execute("SELECT * FROM users WHERE id = " + {w}).fetchall()' + SINK,
            'if len({w}) > 40:\n    {bad}\nrows = db.execute(f"SELECT * FROM users ORDER BY name {{{w}}}").fetchall()' + SINK,
        ],
        forms_vuln=[
            'q = "SELECT * FROM users WHERE name = \'%(name)s\'" % {{"name": {w}}}\ncur = db.cursor()\ncur.execute(q)' + SINK,
            'sql = "SELECT * FROM items WHERE tag = \'" + {w} + "\'"\nresult = engine.connect().execute(text(sql))' + SINK,
            'where = f"owner = \'{{{w}}}\'"\nquery = "SELECT * FROM docs WHERE " + where\ndb.execute(query)' + SINK,
        ],
        forms_safe=[
            'q = "SELECT * FROM users WHERE name = :name"\ncur = db.cursor()\ncur.execute(q, {{"name": {w}}})' + SINK,
            'sql = "SELECT * FROM items WHERE tag = :tag"\nresult = engine.connect().execute(text(sql), {{"tag": {w}}})' + SINK,
            'where = "owner = ?"\nquery = "SELECT * FROM docs WHERE " + where\ndb.execute(query, ({w},))' + SINK,
        ],
    ),
    Weakness(
        name="code-injection",
        imports="import ast\nimport operator\n",
        key="expr",
        const='"1 + 1"',
        sinks=[
            "result = eval({w})" + SINK,
            "exec({w})" + SINK,
            'result = eval("lambda x: " + {w})' + SINK,
            'exec(compile({w}, "<formula>", "exec"))' + SINK,
        ],
        sanitized=[
            "result = ast.literal_eval({w})" + SINK,
            "result = ast.literal_eval({w})" + SINK,
            'result = eval("float(x)", {{"__builtins__": {{}}}}, {{"x": float({w})}})' + SINK,
        ],
        guard_safe=[
            'if {w} not in ("1 + 1", "2 * 3", "10 / 4"):\n    {bad}\nresult = eval({w})' + SINK,
            'if not re.fullmatch(r"[0-9 +*/-]+", {w}):\n    {bad}\nresult = eval({w})' + SINK,
        ],
        guard_vuln=[
            'if "import" in {w}:\n    {bad}\nresult = eval({w})' + SINK,
            'if not re.search(r"[0-9]", {w}):\n    {bad}\nresult = eval({w})' + SINK,
        ],
        forms_vuln=[
            'code = "def f():\\n    return " + {w}\nns = {{}}\nexec(code, ns)' + SINK,
            'fn = eval(f"lambda row: {{{w}}}")' + SINK,
        ],
        forms_safe=[
            'ops = {{"add": operator.add, "mul": operator.mul}}\nfn = ops.get({w}, operator.add)\nresult = fn(2, 3)' + SINK,
            'value = ast.literal_eval({w})' + SINK,
        ],
    ),
    Weakness(
        name="path-traversal",
        imports="import os\nimport shutil\nfrom pathlib import Path\nfrom werkzeug.utils import secure_filename\n\nBASE_DIR = \"/srv/app/files\"\n",
        key="filename",
        const='"report.txt"',
        sinks=[
            "with open(os.path.join(BASE_DIR, {w})) as fh:" + SINK + "\n    data = fh.read()",
            'data = open(BASE_DIR + "/" + {w}, "rb").read()' + SINK,
            'with open(f"/srv/app/files/{{{w}}}", "w") as fh:' + SINK + '\n    fh.write("updated")',
            'os.remove(os.path.join(BASE_DIR, {w}))' + SINK,
        ],
        sanitized=[
            "with open(os.path.join(BASE_DIR, secure_filename({w}))) as fh:" + SINK + "\n    data = fh.read()",
            'data = open(os.path.join(BASE_DIR, os.path.basename({w})), "rb").read()' + SINK,
            "os.remove(os.path.join(BASE_DIR, secure_filename({w})))" + SINK,
        ],
        guard_safe=[
            'if ".." in {w}:\n    {bad}\nwith open(f"{{BASE_DIR}}/{{{w}}}") as fh:' + SINK + "\n    data = fh.read()",
            'full = os.path.realpath(os.path.join(BASE_DIR, {w}))\nif not full.startswith(BASE_DIR + os.sep):\n    {bad}\ndata = open(full).read()' + SINK,
            'if "/" in {w} or "\\\\" in {w}:\n    {bad}\ndata = open(os.path.join(BASE_DIR, {w})).read()' + SINK,
        ],
        guard_vuln=[
            # An absolute name escapes os.path.join even without "..".
            'if ".." in {w}:\n    {bad}\nwith open(os.path.join(BASE_DIR, {w})) as fh:' + SINK + "\n    data = fh.read()",
            'full = os.path.join(BASE_DIR, {w})\nif not full.startswith(BASE_DIR):\n    {bad}\ndata = open(full).read()' + SINK,
            'if {w}.startswith("/"):\n    {bad}\ndata = open(os.path.join(BASE_DIR, {w})).read()' + SINK,
        ],
        forms_vuln=[
            "text = (Path(BASE_DIR) / {w}).read_text()" + SINK,
            "if os.path.exists(os.path.join(BASE_DIR, {w})):" + SINK + "\n    found = True",
            'shutil.copy(os.path.join(BASE_DIR, {w}), "/srv/app/archive/")' + SINK,
            "Path(BASE_DIR, {w}).unlink()" + SINK,
            'Path(BASE_DIR).joinpath({w}).write_text("draft")' + SINK,
            "size = os.path.getsize(os.path.join(BASE_DIR, {w}))" + SINK,
        ],
        forms_safe=[
            "text = (Path(BASE_DIR) / Path({w}).name).read_text()" + SINK,
            "if os.path.exists(os.path.join(BASE_DIR, secure_filename({w}))):" + SINK + "\n    found = True",
            'shutil.copy(os.path.join(BASE_DIR, os.path.basename({w})), "/srv/app/archive/")' + SINK,
            "Path(BASE_DIR, secure_filename({w})).unlink()" + SINK,
        ],
    ),
    Weakness(
        name="ssrf",
        imports="import urllib.request\nfrom urllib.parse import urlparse\n\nimport httpx\nimport requests\n\nALLOWED_HOSTS = {\"api.example.com\", \"cdn.example.com\"}\n",
        key="url",
        const='"https://api.example.com/health"',
        sinks=[
            "resp = requests.get({w}, timeout=5)" + SINK,
            "body = urllib.request.urlopen({w}).read()" + SINK,
            'resp = requests.post(f"https://{{{w}}}/hooks", json={{"ok": True}})' + SINK,
            "resp = httpx.get({w})" + SINK,
        ],
        sanitized=[
            'resp = requests.get("https://api.example.com/search", params={{"q": {w}}}, timeout=5)' + SINK,
            'resp = requests.get("https://api.example.com/items/" + str(int({w})))' + SINK,
        ],
        guard_safe=[
            "u = urlparse({w})\nif u.scheme != \"https\" or u.hostname not in ALLOWED_HOSTS:\n    {bad}\nresp = requests.get({w}, timeout=5)" + SINK,
            "if {w} not in ALLOWED_HOSTS:\n    {bad}\nresp = requests.get(\"https://\" + {w} + \"/status\")" + SINK,
        ],
        guard_vuln=[
            'if not {w}.startswith("http"):\n    {bad}\nresp = requests.get({w}, timeout=5)' + SINK,
            'if "localhost" in {w}:\n    {bad}\nresp = requests.get("https://" + {w} + "/status")' + SINK,
        ],
        forms_vuln=[
            "with httpx.Client() as client:\n    r = client.get({w})" + SINK,
            "session = requests.Session()\nr = session.request(\"GET\", {w})" + SINK,
            'target = "http://" + {w} + ":8080/metrics"\nr = requests.get(target)' + SINK,
        ],
        forms_safe=[
            'with httpx.Client(base_url="https://api.example.com") as client:\n    r = client.get("/search", params={{"q": {w}}})' + SINK,
            'session = requests.Session()\nr = session.request("GET", "https://api.example.com/find", params={{"name": {w}}})' + SINK,
            'target = "https://api.example.com/metrics?host=" + urllib.parse.quote({w})\nr = requests.get(target)' + SINK,
        ],
    ),
    Weakness(
        name="deserialization",
        imports="import base64\nimport json\nimport pickle\n\nimport yaml\n",
        key="state",
        const='"gASVCQAAAAAAAACMBWd1ZXN0lC4="',
        sinks=[
            "obj = pickle.loads(base64.b64decode({w}))" + SINK,
            "cfg = yaml.load({w}, Loader=yaml.Loader)" + SINK,
            "obj = pickle.loads({w}.encode(\"latin-1\"))" + SINK,
            "cfg = yaml.unsafe_load({w})" + SINK,
        ],
        sanitized=[
            "obj = json.loads(base64.b64decode({w}))" + SINK,
            "cfg = yaml.safe_load({w})" + SINK,
            "cfg = yaml.load({w}, Loader=yaml.SafeLoader)" + SINK,
        ],
        guard_safe=[],
        guard_vuln=[],
        forms_vuln=[
            "raw = base64.urlsafe_b64decode({w})\nsession_obj = pickle.loads(raw)" + SINK,
            "import marshal\ncode = marshal.loads(base64.b64decode({w}))" + SINK,
        ],
        forms_safe=[
            "raw = base64.urlsafe_b64decode({w})\nsession_obj = json.loads(raw)" + SINK,
            "docs = list(yaml.safe_load_all({w}))" + SINK,
        ],
    ),
    Weakness(
        name="open-redirect",
        imports="from urllib.parse import urlparse\n\nALLOWED_HOSTS = {\"example.com\", \"www.example.com\"}\n",
        key="next",
        const='"/dashboard"',
        sinks=[],  # framework-specific, filled in by the generator
    ),
    Weakness(
        name="xss",
        imports="import html\nimport re\n",
        key="name",
        const='"guest"',
        sinks=[],  # framework-specific
    ),
    Weakness(
        name="xxe",
        imports="import xml.etree.ElementTree as ET\n\nfrom lxml import etree\n",
        key="doc",
        const='"<order><id>1</id></order>"',
        sinks=[
            "parser = etree.XMLParser(resolve_entities=True, load_dtd=True)\nroot = etree.fromstring({w}.encode(), parser)" + SINK,
            "parser = etree.XMLParser(no_network=False, resolve_entities=True)\ntree = etree.fromstring({w}, parser=parser)" + SINK,
        ],
        sanitized=[
            "root = ET.fromstring({w})" + SINK,
            "parser = etree.XMLParser(resolve_entities=False, no_network=True)\nroot = etree.fromstring({w}.encode(), parser)" + SINK,
        ],
        guard_safe=[
            'if "<!DOCTYPE" in {w} or "<!ENTITY" in {w}:\n    {bad}\nparser = etree.XMLParser(resolve_entities=True)\nroot = etree.fromstring({w}.encode(), parser)' + SINK,
        ],
        guard_vuln=[
            'if not {w}.lstrip().startswith("<"):\n    {bad}\nparser = etree.XMLParser(resolve_entities=True)\nroot = etree.fromstring({w}.encode(), parser)' + SINK,
        ],
        forms_vuln=[
            "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nsax_parser = xml.sax.make_parser()\nsax_parser.setFeature(feature_external_ges, True)\nsax_parser.parse(io.StringIO({w}))" + SINK,
        ],
        forms_safe=[
            "import xml.sax\nsax_parser = xml.sax.make_parser()\nsax_parser.parse(io.StringIO({w}))" + SINK,
        ],
    ),
    Weakness(
        name="xpath-injection",
        imports="from lxml import etree\n\nUSERS = etree.parse(\"/srv/app/users.xml\")\n",
        key="user",
        const='"admin"',
        sinks=[
            "nodes = USERS.xpath(\"//user[@name='\" + {w} + \"']\")" + SINK,
            "find = etree.XPath(\"//user[@name='%s']/email\" % {w})" + SINK + "\nnodes = find(USERS)",
            "nodes = USERS.getroot().findall(f\".//user[@name='{{{w}}}']\")" + SINK,
        ],
        sanitized=[
            'nodes = USERS.xpath("//user[@name=$name]", name={w})' + SINK,
            'find = etree.XPath("//user[@name=$name]/email")\nnodes = find(USERS, name={w})' + SINK,
        ],
        guard_safe=[
            'if not {w}.isalnum():\n    {bad}\nnodes = USERS.xpath("//user[@name=\'" + {w} + "\']")' + SINK,
        ],
        guard_vuln=[
            'if len({w}) > 32:\n    {bad}\nnodes = USERS.xpath("//user[@name=\'" + {w} + "\']")' + SINK,
        ],
    ),
    Weakness(
        name="ldap-injection",
        imports=(
            "import re\n\nimport ldap3\nfrom ldap3.utils.conv import escape_filter_chars\n\n"
            'conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)\n'
        ),
        key="uid",
        const='"jdoe"',
        sinks=[
            'conn.search("dc=example,dc=com", "(uid=" + {w} + ")")' + SINK,
            'conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={{{w}}}))")' + SINK,
        ],
        sanitized=[
            'conn.search("dc=example,dc=com", "(uid=" + escape_filter_chars({w}) + ")")' + SINK,
            'safe = escape_filter_chars({w})\nconn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={{safe}}))")' + SINK,
        ],
        guard_safe=[
            'if not re.fullmatch(r"[a-z0-9_]+", {w}):\n    {bad}\nconn.search("dc=example,dc=com", "(uid=" + {w} + ")")' + SINK,
        ],
        guard_vuln=[
            'if "*" in {w}:\n    {bad}\nconn.search("dc=example,dc=com", "(uid=" + {w} + ")")' + SINK,
        ],
    ),
    Weakness(
        name="ssti",
        imports="import re\n\nimport jinja2\nfrom flask import render_template_string\n",
        key="greeting",
        const='"Welcome back"',
        sinks=[
            'page = render_template_string("<h1>" + {w} + "</h1>")' + SINK,
            "page = jinja2.Template({w}).render()" + SINK,
            'env = jinja2.Environment()\npage = env.from_string("Hello " + {w}).render()' + SINK,
        ],
        sanitized=[
            'page = render_template_string("<h1>{{{{ text }}}}</h1>", text={w})' + SINK,
            'page = jinja2.Template("Hello {{{{ who }}}}").render(who={w})' + SINK,
        ],
        guard_safe=[
            'if not re.fullmatch(r"[A-Za-z ]+", {w}):\n    {bad}\npage = render_template_string("<h1>" + {w} + "</h1>")' + SINK,
        ],
        guard_vuln=[
            'if "{{{{" in {w}:\n    {bad}\npage = render_template_string("<h1>" + {w} + "</h1>")' + SINK,
        ],
    ),
]
WK = {w.name: w for w in WEAKNESSES}


def fmt(tmpl: str, e: str) -> str:
    """Puts expression template e into a framework answer, keeping literal braces escaped for _fill."""
    out = tmpl.format(e="\x00")
    return out.replace("{", "{{").replace("}", "}}").replace("\x00", e)


def xss_forms(fw: Framework) -> tuple[list[str], list[str], list[str]]:
    """Vulnerable sinks, escaped versions, and safe answer forms of the same value for one framework."""
    vuln = [fmt(fw.html, "{w}") + SINK]
    esc = {
        "flask": "str(escape({w}))",
        "django": "escape({w})",
    }.get(fw.name, "html.escape({w})")
    sanitized = [fmt(fw.html, esc) + SINK]
    safe = [fmt(fw.text, "{w}") + SINK]
    if fw.name == "flask":
        vuln.append('resp = make_response(f"<div>Hello {{{w}}}</div>")\nreturn resp' + SINK)
        safe.append('resp = make_response("saved")\nresp.headers["X-Display-Name"] = {w}\nreturn resp' + SINK)
        safe.append('resp = make_response({w})\nresp.mimetype = "text/plain"\nreturn resp' + SINK)
    elif fw.name == "django":
        vuln.append('body = "<h2>%s</h2>" % {w}\nreturn HttpResponse(body)' + SINK)
        safe.append('return HttpResponse({w}, content_type="text/plain")' + SINK)
    elif fw.name == "fastapi":
        vuln.append('return HTMLResponse(content=f"<h2>{{{w}}}</h2>")' + SINK)
        safe.append("return JSONResponse({{\"name\": {w}}})" + SINK)
    elif fw.name == "aiohttp":
        vuln.append('page = "<h2>" + {w} + "</h2>"\nreturn web.Response(body=page.encode(), content_type="text/html")' + SINK)
        safe.append("return web.json_response({{\"name\": {w}}})" + SINK)
    elif fw.name == "tornado":
        vuln.append('self.finish("<h2>%s</h2>" % {w})' + SINK)
        safe.append('self.set_header("Content-Type", "text/plain")\nself.write({w})' + SINK)
    elif fw.name == "drf":
        vuln.append('return HttpResponse(f"<h2>{{{w}}}</h2>", content_type="text/html")' + SINK)
        safe.append('return HttpResponse({w}, content_type="text/plain")' + SINK)
    elif fw.name == "lambda":
        vuln.append('page = "<h2>%s</h2>" % {w}\nreturn {{"statusCode": 200, "headers": {{"Content-Type": "text/html"}}, "body": page}}' + SINK)
        safe.append('return {{"statusCode": 200, "headers": {{"Content-Type": "text/plain"}}, "body": {w}}}' + SINK)
    return vuln, sanitized, safe


def redirect_forms(fw: Framework) -> tuple[list[str], list[str], list[str], list[str]]:
    """Vulnerable redirects, safe redirects, an effective and an ineffective guard for one framework."""
    vuln = [fmt(fw.redirect, "{w}") + SINK]
    safe = [fmt(fw.redirect_safe, "{w}") + SINK, fmt(fw.redirect, '"/search?q=" + {w}') + SINK]
    guard_safe = [
        # Only a local path: no scheme, no host, not "//host" or "/\\host" (browsers read both as a host).
        "u = urlparse({w})\nif u.scheme or u.netloc or not {w}.startswith(\"/\") or {w}.startswith(\"//\") or \"\\\\\" in {w}:\n"
        "    {bad}\n" + fmt(fw.redirect, "{w}") + SINK,
        "u = urlparse({w})\nif u.scheme not in (\"http\", \"https\") or u.netloc not in ALLOWED_HOSTS:\n    {bad}\n"
        + fmt(fw.redirect, "{w}") + SINK,
    ]
    # "//evil.example" starts with "/" and is still another host.
    guard_vuln = [
        'if not {w}.startswith("/"):\n    {bad}\n' + fmt(fw.redirect, "{w}") + SINK,
        'if "evil" in {w}:\n    {bad}\n' + fmt(fw.redirect, "{w}") + SINK,
    ]
    return vuln, safe, guard_safe, guard_vuln


# ---------------------------------------------------------------------------------------------------
# Constructs: what happens to the client's value between the source and the sink. Each returns
# (body lines using v -> w, verdict). {v} is the client's value, {w} what reaches the sink, {c} a
# constant of the right shape.
# ---------------------------------------------------------------------------------------------------

DEAD_SAFE = [
    "limit = 10\nif limit * 3 > 100:\n    {w} = {v}\nelse:\n    {w} = {c}",
    "retries = 3\n{w} = {v} if retries > 5 else {c}",
    'mode = "archive"\nif mode == "live":\n    {w} = {v}\nelif mode == "preview":\n    {w} = {v}.strip()\nelse:\n    {w} = {c}',
    '{w} = {v}\n{w} = {c}',
    'kind = "static"\nmatch kind:\n    case "user":\n        {w} = {v}\n    case _:\n        {w} = {c}',
    "DEBUG = False\n{w} = {c}\nif DEBUG:\n    {w} = {v}",
    "attempts = 0\n{w} = {c}\nwhile attempts > 5:\n    {w} = {v}\n    attempts += 1",
]
DEAD_VULN = [
    "limit = 10\nif len({v}) < limit * 30:\n    {w} = {v}\nelse:\n    {w} = {c}",
    "{w} = {v} if {v} else {c}",
    'mode = "live"\nif mode == "live":\n    {w} = {v}\nelif mode == "preview":\n    {w} = {v}.strip()\nelse:\n    {w} = {c}',
    "{w} = {c}\n{w} = {v}",
    'kind = "user"\nmatch kind:\n    case "user":\n        {w} = {v}\n    case _:\n        {w} = {c}',
    "DEBUG = True\n{w} = {c}\nif DEBUG:\n    {w} = {v}",
    "attempts = 0\n{w} = {c}\nwhile attempts < 1:\n    {w} = {v}\n    attempts += 1",
]
CONTAINER_SAFE = [
    'opts = {{"user": {v}, "target": {c}}}\n{w} = opts["target"]',
    "items = [{c}]\nitems.append({v})\n{w} = items[0]",
    "items = [{c}, {c}]\nitems.insert(1, {v})\n{w} = items.pop(0)",
    "{w}, other = {c}, {v}",
    "parts = [{c}]\nparts.extend([{v}])\n{w} = parts[:1][0]",
    'ctx = {{}}\nctx["raw"] = {v}\nctx["value"] = {c}\n{w} = ctx["value"]',
]
CONTAINER_VULN = [
    'opts = {{"user": {v}, "target": {c}}}\n{w} = opts["user"]',
    "items = [{c}]\nitems.append({v})\n{w} = items[1]",
    "items = [{c}, {c}]\nitems.insert(0, {v})\n{w} = items.pop(0)",
    "other, {w} = {c}, {v}",
    "parts = [{c}]\nparts.extend([{v}])\n{w} = parts[-1]",
    'ctx = {{}}\nctx["value"] = {c}\nctx["value"] = {v}\n{w} = ctx["value"]',
]
NONATTACKER_SAFE = [
    "{w} = str(int({v}))",
    "{w} = str(len({v}))",
    "import hashlib\n{w} = hashlib.sha256({v}.encode()).hexdigest()",
    'import os\n{w} = os.environ.get("APP_DEFAULT", {c})  # server configuration, not the client',
    '{w} = "yes" if {v} == "1" else "no"',
    "{w} = str(float({v}))",
]
NONATTACKER_VULN = [
    "{w} = str({v}).strip()",
    "{w} = {v}.lower()",
    '{w} = {v}.replace(" ", "")',
    '{w} = {v} or {c}',
    "{w} = {v}[:64]",
    "{w} = {v}.split(\",\")[0]",
]
ROUNDTRIP_VULN = [
    'import json\n{w} = json.loads(json.dumps({{"k": {v}}}))["k"]',
    "import base64\n{w} = base64.b64decode(base64.b64encode({v}.encode())).decode()",
    "import io\nbuf = io.StringIO()\nbuf.write({v})\n{w} = buf.getvalue()",
    'import configparser\ncfg = configparser.ConfigParser()\ncfg.add_section("job")\ncfg.set("job", "target", {v})\n{w} = cfg.get("job", "target")',
    "from urllib.parse import quote, unquote\n{w} = unquote(quote({v}))",
    '{w} = "{{0[k]}}".format({{"k": {v}}})',
    '{w} = "{{name}}".format(name={v})',
    '{w} = "%s" % ({v},)',
    '{w} = "".join([{v}])',
    "{w} = {v}.encode(\"utf-8\").decode(\"utf-8\")",
    "import io\nraw = io.BytesIO({v}.encode())\n{w} = raw.read().decode()",
    '{w} = f"{{{v}}}"',
]
ROUNDTRIP_SAFE = [
    'import json\ndata = json.loads(json.dumps({{"q": {v}, "k": {c}}}))\n{w} = data["k"]',
    'import configparser\ncfg = configparser.ConfigParser()\ncfg.add_section("job")\ncfg.set("job", "note", {v})\ncfg.set("job", "target", {c})\n{w} = cfg.get("job", "target")',
    '{w} = "{{k}}".format(k={c}, note={v})',
    "import io\nbuf = io.StringIO()\nbuf.write({c})\nlog = io.StringIO()\nlog.write({v})\n{w} = buf.getvalue()",
    '{w} = "{{0}}".format({c}, {v})',
    "import base64\nencoded = base64.b64encode({v}.encode())\n{w} = {c}",
]


@dataclass
class Case:
    case: str  # path of the case's file or directory, relative to bench/precision
    file: str  # file holding the labelled line
    line: int
    klass: str
    verdict: str
    construct: str
    framework: str


def _fill(tmpl: str, **kw: str) -> str:
    out = tmpl
    for k, val in kw.items():
        out = out.replace("{" + k + "}", val)
    return out.replace("{{", "{").replace("}}", "}")


class Writer:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.counter = 0
        self.src_rot: dict[str, int] = {}

    def next_source(self, fw: Framework, key: str, var: str, clean: bool = False) -> tuple[str, str]:
        """The next source form of a framework: (handler parameters, source statement)."""
        pool = fw.clean_sources if clean else fw.sources
        slot = fw.name + (":clean" if clean else "")
        i = self.src_rot.get(slot, 0)
        self.src_rot[slot] = i + 1
        tmpl = pool[i % len(pool)]
        text = tmpl.replace("{v}", var).replace("{k}", key).replace("{K}", key.capitalize())
        text = text.replace("{KU}", key.upper()).replace("{{", "{").replace("}}", "}")
        params = ""
        if fw.name == "fastapi":
            head, _, rest = text.partition("\n")
            deco, _, params = head.partition("|")
            deco = deco[1:]
            n_route = "{n}"
            if deco == "path":
                decl = f'@app.get("/c{n_route}/{{{key}}}")'
            else:
                decl = f'@app.post("/c{n_route}")'
            params = "@" + decl + "|" + params
            # A bare parameter is the source itself; bind it to the case's variable name.
            stmt = rest if rest else (f"{var} = {key}" if key != var else "")
            if not rest and params.endswith(f"{key}: str") is False and key == var:
                stmt = ""
            return params, stmt
        if fw.name == "flask" and i % 5 == 4:
            # A URL rule variable: the client writes it.
            return "name", f"{var} = name" if var != "name" else ""
        if fw.name == "django" and i % 6 == 5:
            return "", text  # (URL captures are covered by the urlconf cases)
        if fw.name == "tornado" and i % 7 == 6:
            return "slug", f"{var} = slug"
        return params, text

    def emit(self, fw: Framework, wk: Weakness, construct: str, verdict: str, body: str,
             helpers: str = "", clean_source: bool = False, extra_imports: str = "",
             source_override: tuple[str, str] | None = None) -> None:
        self.counter += 1
        n = self.counter
        v = wk.key
        params, source = source_override or self.next_source(fw, wk.key, v, clean_source)
        if fw.name == "fastapi" and params.startswith("@"):
            params = params.replace("{n}", str(n))
        body = body.replace("{bad}", fw.bad.replace("{{", "{").replace("}}", "}"))
        # Imports a construct needs go to the top of the file, as in real code.
        hoisted = [x for x in body.split("\n") if x.startswith(("import ", "from "))]
        body = "\n".join(x for x in body.split("\n") if x not in hoisted)
        extra_imports += "".join(x + "\n" for x in hoisted if x + "\n" not in wk.imports + extra_imports)
        handler = fw.wrap(n, body, source, params)
        imports = wk.imports + extra_imports
        if "io.StringIO" in handler and "import io\n" not in imports:
            imports = "import io\n" + imports
        if "urllib.parse.quote" in handler and "import urllib" not in imports:
            imports = "import urllib.parse\n" + imports
        if "re." in handler and "import re\n" not in imports:
            imports = "import re\n" + imports
        if "html.escape" in handler and "import html\n" not in imports:
            imports = "import html\n" + imports
        if "engine." in handler:
            imports += '\nfrom sqlalchemy import create_engine\n\nengine = create_engine("sqlite:///app.db")\n'
        text = _module_head(imports + "\n" + fw.header) + ("\n\n" + helpers.strip("\n") if helpers else "") + "\n\n\n" + handler
        lines = text.split("\n")
        sink = [i for i, line in enumerate(lines) if line.endswith(SINK)]
        assert len(sink) == 1, (construct, text)
        lines[sink[0]] = lines[sink[0]][: -len(SINK)]
        rel = f"cases/{wk.name}/{construct}/{fw.name}_{n:03d}_{verdict}.py"
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines))
        self.cases.append(Case(rel, rel, sink[0] + 1, wk.name, verdict, construct, fw.name))


def _module_head(text: str) -> str:
    """Import lines first (in order, once), then module-level setup such as `app = Flask(__name__)`."""
    imports: list[str] = []
    setup: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(("import ", "from ")):
            if line not in imports:
                imports.append(line)
        elif line.strip() or (setup and setup[-1].strip()):
            setup.append(line)
        i += 1
    head = "\n".join(imports)
    body = "\n".join(setup).strip("\n")
    return head + ("\n\n" + body if body else "")


def sink_of(tmpl: str, w: str) -> str:
    return _fill(tmpl, w=w)


def _tpl(t: str, v: str, w: str, c: str) -> str:
    return _fill(t, v=v, w=w, c=c)


def generate() -> list[Case]:
    wr = Writer()
    fws = FRAMEWORKS
    rot = 0

    def fw_next() -> Framework:
        nonlocal rot
        rot += 1
        return fws[rot % len(fws)]

    for wk in WEAKNESSES:
        v = wk.key
        w = "target" if v != "target" else "value"
        per_fw = {}
        for fw in fws:
            if wk.name == "xss":
                vuln, san, safe = xss_forms(fw)
                per_fw[fw.name] = dict(sinks=vuln, sanitized=san, forms_safe=safe, forms_vuln=vuln,
                                       guard_safe=[f'if not {{w}}.isalnum():\n    {{bad}}\n{vuln[0]}'],
                                       guard_vuln=[f'if "<script" in {{w}}.lower():\n    {{bad}}\n{vuln[0]}'])
            elif wk.name == "open-redirect":
                vuln, safe, gs, gv = redirect_forms(fw)
                per_fw[fw.name] = dict(sinks=vuln, sanitized=safe, forms_safe=safe, forms_vuln=vuln,
                                       guard_safe=gs, guard_vuln=gv)
            else:
                per_fw[fw.name] = dict(sinks=wk.sinks, sanitized=wk.sanitized, forms_safe=wk.forms_safe,
                                       forms_vuln=wk.forms_vuln, guard_safe=wk.guard_safe, guard_vuln=wk.guard_vuln)
        # Only a few sinks are framework-independent; pick per case by rotation.
        k = 0

        def pick(fw: Framework, kind: str) -> str | None:
            nonlocal k
            pool = per_fw[fw.name][kind]
            if not pool:
                return None
            k += 1
            return pool[k % len(pool)]

        # direct: the value goes straight to the sink (2 vulnerable), and the same sink made safe (2 safe)
        for _ in range(2):
            fw = fw_next()
            wr.emit(fw, wk, "direct", "vulnerable", sink_of(pick(fw, "sinks"), v))
            fw = fw_next()
            wr.emit(fw, wk, "sanitizer", "safe", sink_of(pick(fw, "sanitized"), v))
        # dead branches
        n_dead = 3
        for j in range(n_dead):
            idx = (WEAKNESSES.index(wk) * n_dead + j) % len(DEAD_SAFE)
            fw = fw_next()
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "dead-branch", "safe", _tpl(DEAD_SAFE[idx], v, w, wk.const) + "\n" + sink_of(s, w))
            wr.emit(fw, wk, "dead-branch", "vulnerable", _tpl(DEAD_VULN[idx], v, w, wk.const) + "\n" + sink_of(s, w))
        # containers
        for j in range(2):
            idx = (WEAKNESSES.index(wk) * 2 + j) % len(CONTAINER_SAFE)
            fw = fw_next()
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "container", "safe", _tpl(CONTAINER_SAFE[idx], v, w, wk.const) + "\n" + sink_of(s, w))
            wr.emit(fw, wk, "container", "vulnerable", _tpl(CONTAINER_VULN[idx], v, w, wk.const) + "\n" + sink_of(s, w))
        # guards (weakness-specific), plus an allow-list for every class
        for j in range(len(per_fw[fws[0].name]["guard_safe"])):
            fw = fw_next()
            wr.emit(fw, wk, "guard", "safe", sink_of(per_fw[fw.name]["guard_safe"][j], v))
            wr.emit(fw, wk, "guard", "vulnerable", sink_of(per_fw[fw.name]["guard_vuln"][j], v))
        fw = fw_next()
        s = pick(fw, "sinks")
        allowed = "ALLOWED_" + v.upper() + "S"
        helpers = f"{allowed} = {{{wk.const}, {wk.const[:-1]}-2\"}}"
        wr.emit(fw, wk, "guard", "safe", f"if {v} not in {allowed}:\n    {{bad}}\n" + sink_of(s, v), helpers=helpers)
        fw = fw_next()
        s = pick(fw, "sinks")
        wr.emit(fw, wk, "guard", "safe", f"if {v} in {{{wk.const}, {wk.const[:-1]}-2\"}}:\n" + textwrap.indent(sink_of(s, v), "    "))
        # non-attacker values
        for j in range(2):
            idx = (WEAKNESSES.index(wk) * 2 + j) % len(NONATTACKER_SAFE)
            fw = fw_next()
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "non-attacker", "safe", _tpl(NONATTACKER_SAFE[idx], v, w, wk.const) + "\n" + sink_of(s, w))
            wr.emit(fw, wk, "non-attacker", "vulnerable", _tpl(NONATTACKER_VULN[idx], v, w, wk.const) + "\n" + sink_of(s, w))
        # helpers and wrapper classes holding the request
        fw = fw_next()
        s = pick(fw, "sinks")
        getter = fw.getter.replace("{{", "{").replace("}}", "}")
        helper_fn = f"def get_param(req, key):\n    return {getter}"
        helper_int = f"def get_count(req, key):\n    return int({getter} or 0)"
        rq = fw.request_expr
        wr.emit(fw, wk, "helper", "vulnerable", f'{w} = get_param({rq}, "{v}")\n' + sink_of(s, w),
                helpers=helper_fn, source_override=("", ""))
        wr.emit(fw, wk, "helper", "safe", f'{w} = str(get_count({rq}, "{v}"))\n' + sink_of(s, w),
                helpers=helper_int, source_override=("", ""))
        fw = fw_next()
        s = pick(fw, "sinks")
        getter = fw.getter.replace("{{", "{").replace("}}", "}").replace("req.", "self._req.").replace("(req.", "(self._req.")
        wrapper = (
            "SETTINGS = {\"" + v + "\": " + wk.const + "}\n\n\nclass Params:\n"
            "    def __init__(self, req):\n        self._req = req\n\n"
            f"    def get(self, key, default=\"\"):\n        return {getter} or default\n\n"
            "    def setting(self, key):\n        return SETTINGS[key]\n"
        )
        wr.emit(fw, wk, "helper", "vulnerable", f'params = Params({fw.request_expr})\n{w} = params.get("{v}")\n' + sink_of(s, w),
                helpers=wrapper, source_override=("", ""))
        wr.emit(fw, wk, "helper", "safe", f'params = Params({fw.request_expr})\n{w} = params.setting("{v}")\n' + sink_of(s, w),
                helpers=wrapper, source_override=("", ""))
        # a sanitizing helper function
        fw = fw_next()
        san = pick(fw, "sanitized")
        if san:
            wr.emit(fw, wk, "sanitizer", "safe", sink_of(san, v))
        # round trips through the standard library
        for j in range(2):
            idx = (WEAKNESSES.index(wk) * 2 + j) % len(ROUNDTRIP_VULN)
            fw = fw_next()
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "roundtrip", "vulnerable", _tpl(ROUNDTRIP_VULN[idx], v, w, wk.const) + "\n" + sink_of(s, w))
            sidx = (WEAKNESSES.index(wk) + j) % len(ROUNDTRIP_SAFE)
            wr.emit(fw, wk, "roundtrip", "safe", _tpl(ROUNDTRIP_SAFE[sidx], v, w, wk.const) + "\n" + sink_of(s, w))
        # other real sink forms
        fw = fw_next()
        fv = per_fw[fw.name]["forms_vuln"]
        fs = per_fw[fw.name]["forms_safe"]
        for j in range(max(len(fv), len(fs))):
            fw = fw_next()
            fv = per_fw[fw.name]["forms_vuln"]
            fs = per_fw[fw.name]["forms_safe"]
            if j < len(fv):
                wr.emit(fw, wk, "sink-form", "vulnerable", sink_of(fv[j], v))
            if j < len(fs):
                wr.emit(fw, wk, "sink-form", "safe", sink_of(fs[j], v))
        # framework sources: each framework's own way of handing over client data, and numeric ones
        for fw in fws:
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "framework-source", "vulnerable", sink_of(s, v))
        for fw in fws[:3] if wk.name in ("command-injection", "sql-injection", "path-traversal") else fws[:1]:
            s = pick(fw, "sinks")
            wr.emit(fw, wk, "framework-source", "safe", sink_of(s, v), clean_source=True)
    sibling_cases(wr)
    written_cases(wr)
    cross_module_cases(wr)
    return wr.cases


# ---------------------------------------------------------------------------------------------------
# Cross-file cases: a handler importing a sibling module (no __init__.py), a src/ layout, Django URL
# captures wired in the project's URLconf.
# ---------------------------------------------------------------------------------------------------

SIBLING_LIBS = {
    "command-injection": (
        "import subprocess\n\n\ndef lookup(host):\n    return subprocess.check_output(\"nslookup \" + host, shell=True)" + SINK + "\n",
        "import subprocess\n\n\ndef lookup(host):\n    return subprocess.check_output([\"nslookup\", \"--\", host])" + SINK + "\n",
        "lookup",
    ),
    "sql-injection": (
        "import sqlite3\n\n\ndef find_user(name):\n    db = sqlite3.connect(\"app.db\")\n    return db.execute(\"SELECT * FROM users WHERE name = '\" + name + \"'\").fetchall()" + SINK + "\n",
        "import sqlite3\n\n\ndef find_user(name):\n    db = sqlite3.connect(\"app.db\")\n    return db.execute(\"SELECT * FROM users WHERE name = ?\", (name,)).fetchall()" + SINK + "\n",
        "find_user",
    ),
    "path-traversal": (
        "import os\n\nBASE = \"/srv/data\"\n\n\ndef read_doc(name):\n    with open(os.path.join(BASE, name)) as fh:" + SINK + "\n        return fh.read()\n",
        "import os\n\nBASE = \"/srv/data\"\n\n\ndef read_doc(name):\n    with open(os.path.join(BASE, os.path.basename(name))) as fh:" + SINK + "\n        return fh.read()\n",
        "read_doc",
    ),
    "code-injection": (
        "def calc(expr):\n    return eval(expr)" + SINK + "\n",
        "import ast\n\n\ndef calc(expr):\n    return ast.literal_eval(expr)" + SINK + "\n",
        "calc",
    ),
    "ssrf": (
        "import requests\n\n\ndef fetch(url):\n    return requests.get(url, timeout=5).text" + SINK + "\n",
        "import requests\n\n\ndef fetch(url):\n    return requests.get(\"https://api.example.com/lookup\", params={\"u\": url}, timeout=5).text" + SINK + "\n",
        "fetch",
    ),
    "deserialization": (
        "import base64\nimport pickle\n\n\ndef restore(blob):\n    return pickle.loads(base64.b64decode(blob))" + SINK + "\n",
        "import base64\nimport json\n\n\ndef restore(blob):\n    return json.loads(base64.b64decode(blob))" + SINK + "\n",
        "restore",
    ),
}


def sibling_cases(wr: Writer) -> None:
    layouts = ["plain", "src", "nested"]
    for i, (klass, (lib_v, lib_s, fn)) in enumerate(SIBLING_LIBS.items()):
        for verdict, lib in (("vulnerable", lib_v), ("safe", lib_s)):
            layout = layouts[i % len(layouts)]
            wr.counter += 1
            n = wr.counter
            case = f"cases/{klass}/sibling-import/case_{n:03d}_{verdict}"
            root = HERE / case
            if layout == "plain":
                app_dir, mod_dir, imp = root / "app", root / "app", "import libuser\n"
                call = f"libuser.{fn}"
            elif layout == "src":
                app_dir, mod_dir = root / "src" / "webapp", root / "src" / "webapp"
                (root / "src" / "webapp").mkdir(parents=True, exist_ok=True)
                (root / "src" / "webapp" / "__init__.py").write_text("")
                imp = f"from webapp.libuser import {fn}\n"
                call = fn
            else:
                app_dir, mod_dir = root / "service", root / "service" / "helpers"
                imp = f"from helpers.libuser import {fn}\n"
                call = fn
            mod_dir.mkdir(parents=True, exist_ok=True)
            app_dir.mkdir(parents=True, exist_ok=True)
            app = (
                "from flask import Flask, request\n\n" + imp + "\napp = Flask(__name__)\n\n\n"
                f'@app.route("/run")\ndef run():\n    value = request.args.get("value", "")\n'
                f"    return str({call}(value))\n"
            )
            (app_dir / "app.py").write_text(app)
            lines = lib.split("\n")
            sink = [j for j, line in enumerate(lines) if line.endswith(SINK)][0]
            lines[sink] = lines[sink][: -len(SINK)]
            (mod_dir / "libuser.py").write_text("\n".join(lines))
            rel_lib = (mod_dir / "libuser.py").relative_to(HERE).as_posix()
            wr.cases.append(Case(case, rel_lib, sink + 1, klass, verdict, "sibling-import", "flask"))
    # Django URL captures: the view's extra parameters come from the path the client requests.
    for klass, verdict, conv, body in [
        ("path-traversal", "vulnerable", "<path:name>", "    with open(os.path.join(BASE, name)) as fh:" + SINK + "\n        return HttpResponse(fh.read())\n"),
        ("path-traversal", "safe", "<int:name>", "    with open(os.path.join(BASE, str(name) + \".txt\")) as fh:" + SINK + "\n        return HttpResponse(fh.read())\n"),
        ("command-injection", "vulnerable", "<slug:name>", "    os.system(\"git -C /srv/repos log \" + name)" + SINK + "\n    return HttpResponse(\"ok\")\n"),
        ("command-injection", "safe", "<int:name>", "    os.system(\"git -C /srv/repos log -n %d\" % name)" + SINK + "\n    return HttpResponse(\"ok\")\n"),
        ("sql-injection", "vulnerable", "<str:name>", "    with connection.cursor() as cur:\n        cur.execute(\"SELECT * FROM post WHERE slug = '%s'\" % name)" + SINK + "\n    return HttpResponse(\"ok\")\n"),
        ("sql-injection", "safe", "<uuid:name>", "    with connection.cursor() as cur:\n        cur.execute(\"SELECT * FROM post WHERE slug = %s\", [name])" + SINK + "\n    return HttpResponse(\"ok\")\n"),
    ]:
        wr.counter += 1
        n = wr.counter
        case = f"cases/{klass}/framework-source/django_urlconf_{n:03d}_{verdict}"
        root = HERE / case / "blog"
        root.mkdir(parents=True, exist_ok=True)
        (root / "__init__.py").write_text("")
        (root / "urls.py").write_text(
            "from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n"
            f'    path("posts/{conv}/", views.show, name="show"),\n]\n'
        )
        views = (
            "import os\n\nfrom django.db import connection\nfrom django.http import HttpResponse\n\n"
            "BASE = \"/srv/posts\"\n\n\ndef show(request, name):\n" + body
        )
        lines = views.split("\n")
        sink = [j for j, line in enumerate(lines) if line.endswith(SINK)][0]
        lines[sink] = lines[sink][: -len(SINK)]
        (root / "views.py").write_text("\n".join(lines))
        wr.cases.append(Case(case, f"{case}/blog/views.py", sink + 1, klass, verdict, "framework-source", "django"))


# ---------------------------------------------------------------------------------------------------
# Whole handlers written out (session 4): further forms of constructs fixed then, each written differently
# from the generated cases above: Lambda proxy responses (Location header, HTML body), Lambda file, URL,
# template and YAML sinks, wrapper classes with clean accessors, Tornado URL captures passed positionally,
# resolved paths checked against a base, lookups in constant dictionaries.
# (class, construct, framework, verdict, module text with SINK on the labelled line)
# ---------------------------------------------------------------------------------------------------

WRITTEN = [
    ("open-redirect", "sink-form", "lambda", "vulnerable", """import json


def handler(event, context):
    dest = json.loads(event["body"]).get("return_to", "/")
    return {"statusCode": 301, "multiValueHeaders": {"location": [dest]}, "body": ""}""" + SINK + """
"""),
    ("open-redirect", "sink-form", "lambda", "safe", """from urllib.parse import quote


def handler(event, context):
    dest = event["queryStringParameters"]["return_to"]
    return {"statusCode": 302, "headers": {"Location": f"/account/{quote(dest)}"}}""" + SINK + """
"""),
    ("open-redirect", "framework-source", "lambda", "vulnerable", """def handler(event, context):
    host = event["pathParameters"]["tenant"]
    location = "https://" + host + "/welcome"
    return {"statusCode": 302, "headers": {"Location": location}}""" + SINK + """
"""),
    ("xss", "sink-form", "lambda", "vulnerable", """def handler(event, context):
    query = event["queryStringParameters"]["q"]
    page = "<html><body>No results for %s</body></html>" % query
    return {"statusCode": 404, "headers": {"content-type": "text/html; charset=utf-8"}, "body": page}""" + SINK + """
"""),
    ("xss", "sink-form", "lambda", "safe", """import html


def handler(event, context):
    query = event["queryStringParameters"]["q"]
    page = "<html><body>No results for %s</body></html>" % html.escape(query)
    return {"statusCode": 404, "headers": {"content-type": "text/html; charset=utf-8"}, "body": page}""" + SINK + """
"""),
    ("xss", "framework-source", "lambda", "safe", """def handler(event, context):
    query = event["queryStringParameters"]["q"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/plain"}, "body": "You searched " + query}""" + SINK + """
"""),
    ("path-traversal", "sink-form", "lambda", "vulnerable", """from pathlib import Path

ROOT = Path("/srv/exports")


def handler(event, context):
    name = event["queryStringParameters"]["export"]
    data = (ROOT / name).read_bytes()""" + SINK + """
    return {"statusCode": 200, "body": str(len(data))}
"""),
    ("path-traversal", "guard", "lambda", "safe", """from pathlib import Path

ROOT = "/srv/exports"


def handler(event, context):
    target = (Path(ROOT) / event["pathParameters"]["export"]).resolve()
    if not str(target).startswith(ROOT + "/"):
        return {"statusCode": 403}
    return {"statusCode": 200, "body": target.read_text()}""" + SINK + """
"""),
    ("path-traversal", "guard", "lambda", "vulnerable", """ROOT = "/srv/exports"


def handler(event, context):
    full = ROOT + "/" + event["pathParameters"]["export"]
    if not full.startswith(ROOT):
        return {"statusCode": 403}
    with open(full) as fh:""" + SINK + """
        return {"statusCode": 200, "body": fh.read()}
"""),
    ("path-traversal", "guard", "flask", "safe", """import os

from flask import Flask, abort, request

app = Flask(__name__)
UPLOADS = "/var/uploads"


@app.route("/files")
def files():
    wanted = os.path.abspath(os.path.join(UPLOADS, request.args["f"]))
    if not wanted.startswith(os.path.join(UPLOADS, "")):
        abort(404)
    with open(wanted, "rb") as fh:""" + SINK + """
        return fh.read()
"""),
    ("ssrf", "sink-form", "lambda", "vulnerable", """import httpx


def handler(event, context):
    with httpx.Client(timeout=3) as client:
        resp = client.get(event["queryStringParameters"]["feed"])""" + SINK + """
    return {"statusCode": 200, "body": resp.text}
"""),
    ("ssrf", "guard", "lambda", "safe", """from urllib.parse import urlsplit

import requests


def handler(event, context):
    feed = event["queryStringParameters"]["feed"]
    parts = urlsplit(feed)
    if parts.hostname != "feeds.example.com":
        return {"statusCode": 400}
    return {"statusCode": 200, "body": requests.get(feed, timeout=3).text}""" + SINK + """
"""),
    ("ssti", "sink-form", "lambda", "vulnerable", """import json

from jinja2 import Environment

env = Environment()


def handler(event, context):
    layout = json.loads(event["body"])["layout"]
    html = env.from_string(layout).render(title="Report")""" + SINK + """
    return {"statusCode": 200, "body": html}
"""),
    ("ssti", "sink-form", "lambda", "safe", """import json

from jinja2 import Template

PAGE = "<h1>{{ title }}</h1>"


def handler(event, context):
    title = json.loads(event["body"])["title"]
    html = Template(PAGE).render(title=title)""" + SINK + """
    return {"statusCode": 200, "body": html}
"""),
    ("deserialization", "sink-form", "lambda", "vulnerable", """import base64

import yaml


def handler(event, context):
    text = base64.b64decode(event["body"]).decode()
    docs = list(yaml.load_all(text, Loader=yaml.UnsafeLoader))""" + SINK + """
    return {"statusCode": 200, "body": str(len(docs))}
"""),
    ("deserialization", "sink-form", "lambda", "safe", """import base64

import yaml


def handler(event, context):
    text = base64.b64decode(event["body"]).decode()
    docs = list(yaml.load_all(text, Loader=yaml.SafeLoader))""" + SINK + """
    return {"statusCode": 200, "body": str(len(docs))}
"""),
    ("command-injection", "helper", "fastapi", "vulnerable", """import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class QueryArgs:
    def __init__(self, request):
        self.request = request

    def text(self, name):
        return self.request.query_params.get(name, "")

    def limit(self):
        return int(self.request.query_params.get("limit", "10"))


@app.get("/grep")
async def grep(request: Request):
    args = QueryArgs(request)
    out = subprocess.check_output("grep -r " + args.text("pattern") + " /srv/logs", shell=True)""" + SINK + """
    return {"lines": out.decode().splitlines()}
"""),
    ("command-injection", "helper", "fastapi", "safe", """import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class QueryArgs:
    def __init__(self, request):
        self.request = request

    def text(self, name):
        return self.request.query_params.get(name, "")

    def limit(self):
        return int(self.request.query_params.get("limit", "10"))


@app.get("/tail")
async def tail(request: Request):
    args = QueryArgs(request)
    out = subprocess.check_output("tail -n %d /srv/logs/app.log" % args.limit(), shell=True)""" + SINK + """
    return {"lines": out.decode().splitlines()}
"""),
    ("sql-injection", "helper", "aiohttp", "safe", """import sqlite3

from aiohttp import web

routes = web.RouteTableDef()
DEFAULT_ORDER = "created"


class Filters:
    def __init__(self, req):
        self.req = req

    def term(self):
        return self.req.query.get("term", "")

    def order(self):
        return DEFAULT_ORDER


@routes.get("/items")
async def items(request):
    f = Filters(request)
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM items ORDER BY " + f.order()).fetchall()""" + SINK + """
    return web.json_response(rows)
"""),
    ("sql-injection", "framework-source", "tornado", "vulnerable", """import sqlite3

import tornado.web


class OrderHandler(tornado.web.RequestHandler):
    def get(self, order_id):
        db = sqlite3.connect("shop.db")
        row = db.execute("SELECT * FROM orders WHERE id = '%s'" % order_id).fetchone()""" + SINK + """
        self.write({"order": row})
"""),
    ("path-traversal", "framework-source", "tornado", "safe", """import os

import tornado.web

BASE = "/srv/manuals"


class ManualHandler(tornado.web.RequestHandler):
    def get(self, name):
        with open(os.path.join(BASE, os.path.basename(name))) as fh:""" + SINK + """
            self.write(fh.read())
"""),
    ("ssrf", "framework-source", "tornado", "vulnerable", """import requests
import tornado.web


class PingHandler(tornado.web.RequestHandler):
    def put(self, host, port):
        resp = requests.get(f"http://{host}:{port}/health", timeout=2)""" + SINK + """
        self.write(resp.text)
"""),
    ("command-injection", "non-attacker", "lambda", "safe", """import os

PROFILES = {"small": "-q 80 -s 320", "large": "-q 95 -s 1920"}


def handler(event, context):
    opts = PROFILES.get(event["queryStringParameters"]["profile"], "-q 85")
    os.system("convert /tmp/in.jpg " + opts + " /tmp/out.jpg")""" + SINK + """
    return {"statusCode": 200}
"""),
    ("command-injection", "non-attacker", "lambda", "vulnerable", """import os

PROFILES = {"small": "-q 80 -s 320", "large": "-q 95 -s 1920"}


def handler(event, context):
    params = event["queryStringParameters"]
    opts = PROFILES.get(params["profile"], params.get("custom", ""))
    os.system("convert /tmp/in.jpg " + opts + " /tmp/out.jpg")""" + SINK + """
    return {"statusCode": 200}
"""),
]


# Cross-module helpers (session 4): the request object passed to a helper function or a wrapper class
# defined in another module of the package. (class, framework, verdict, util.py, views.py); SINK marks
# the labelled line in either file.
CROSS_MODULE = [
    ("command-injection", "flask", "vulnerable", """def get_param(req, name):
    return req.args.get(name, "")


def page_size(req):
    return int(req.args.get("size", "20"))
""", """import os

from flask import Flask, request

from .util import get_param

app = Flask(__name__)


@app.route("/echo")
def echo():
    os.system("logger " + get_param(request, "msg"))""" + SINK + """
    return "ok"
"""),
    ("command-injection", "flask", "safe", """def get_param(req, name):
    return req.args.get(name, "")


def page_size(req):
    return int(req.args.get("size", "20"))
""", """import os

from flask import Flask, request

from .util import page_size

app = Flask(__name__)


@app.route("/echo")
def echo():
    os.system("tail -n %d /var/log/app.log" % page_size(request))""" + SINK + """
    return "ok"
"""),
    ("sql-injection", "django", "vulnerable", """class Query:
    def __init__(self, request):
        self.request = request

    def term(self):
        return self.request.GET.get("term", "")

    def limit(self):
        return int(self.request.GET.get("limit", "10"))
""", """from django.db import connection
from django.http import JsonResponse

from .util import Query


def search(request):
    q = Query(request)
    with connection.cursor() as cur:
        cur.execute("SELECT name FROM item WHERE name LIKE '%%%s%%'" % q.term())""" + SINK + """
        return JsonResponse({"rows": cur.fetchall()})
"""),
    ("sql-injection", "django", "safe", """class Query:
    def __init__(self, request):
        self.request = request

    def term(self):
        return self.request.GET.get("term", "")

    def limit(self):
        return int(self.request.GET.get("limit", "10"))
""", """from django.db import connection
from django.http import JsonResponse

from .util import Query


def search(request):
    q = Query(request)
    with connection.cursor() as cur:
        cur.execute("SELECT name FROM item LIMIT %d" % q.limit())""" + SINK + """
        return JsonResponse({"rows": cur.fetchall()})
"""),
    ("path-traversal", "flask", "vulnerable", """import os

BASE = "/srv/uploads"


def read_upload(req):
    with open(os.path.join(BASE, req.form["name"])) as fh:""" + SINK + """
        return fh.read()
""", """from flask import Flask, request

from .util import read_upload

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    return read_upload(request)
"""),
    ("path-traversal", "flask", "safe", """import os

BASE = "/srv/uploads"


def read_upload(req):
    with open(os.path.join(BASE, os.path.basename(req.form["name"]))) as fh:""" + SINK + """
        return fh.read()
""", """from flask import Flask, request

from .util import read_upload

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    return read_upload(request)
"""),
    ("ssrf", "flask", "vulnerable", """class Form:
    def __init__(self, req):
        self._req = req

    def url(self):
        return self._req.form.get("url", "")

    def retries(self):
        return int(self._req.form.get("retries", "1"))
""", """import requests
from flask import Flask, request

from .util import Form

app = Flask(__name__)


@app.route("/fetch", methods=["POST"])
def fetch():
    body = requests.get(Form(request).url(), timeout=5).text""" + SINK + """
    return body[:100]
"""),
    ("ssrf", "flask", "safe", """class Form:
    def __init__(self, req):
        self._req = req

    def url(self):
        return self._req.form.get("url", "")

    def retries(self):
        return int(self._req.form.get("retries", "1"))
""", """import requests
from flask import Flask, request

from .util import Form

app = Flask(__name__)


@app.route("/fetch", methods=["POST"])
def fetch():
    body = requests.get("https://api.example.com/health?r=%d" % Form(request).retries(), timeout=5).text""" + SINK + """
    return body[:100]
"""),
]


def cross_module_cases(wr: Writer) -> None:
    for klass, framework, verdict, util, views in CROSS_MODULE:
        wr.counter += 1
        n = wr.counter
        case = f"cases/{klass}/helper/{framework}_module_{n:03d}_{verdict}"
        pkg = HERE / case / "app"
        pkg.mkdir(parents=True, exist_ok=True)
        (pkg / "__init__.py").write_text("")
        labelled = None
        for name, text in (("util.py", util), ("views.py", views)):
            lines = text.split("\n")
            sink = [j for j, line in enumerate(lines) if line.endswith(SINK)]
            if sink:
                lines[sink[0]] = lines[sink[0]][: -len(SINK)]
                labelled = (f"{case}/app/{name}", sink[0] + 1)
            (pkg / name).write_text("\n".join(lines))
        assert labelled, case
        wr.cases.append(Case(case, labelled[0], labelled[1], klass, verdict, "helper", framework))


def written_cases(wr: Writer) -> None:
    for klass, construct, framework, verdict, text in WRITTEN:
        wr.counter += 1
        n = wr.counter
        rel = f"cases/{klass}/{construct}/{framework}_{n:03d}_{verdict}.py"
        lines = text.split("\n")
        sink = [j for j, line in enumerate(lines) if line.endswith(SINK)]
        assert len(sink) == 1, rel
        lines[sink[0]] = lines[sink[0]][: -len(SINK)]
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines))
        wr.cases.append(Case(rel, rel, sink[0] + 1, klass, verdict, construct, framework))


def main() -> None:
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    cases = generate()
    with open(HERE / "labels.csv", "w", newline="") as fh:
        wcsv = csv.writer(fh, lineterminator="\n")
        wcsv.writerow(["case", "file", "line", "class", "verdict", "construct", "framework"])
        for c in cases:
            wcsv.writerow([c.case, c.file, c.line, c.klass, c.verdict, c.construct, c.framework])
    vuln = sum(c.verdict == "vulnerable" for c in cases)
    print(f"{len(cases)} cases: {vuln} vulnerable, {len(cases) - vuln} safe")


if __name__ == "__main__":
    main()
