import re
import tornado.web
from aiohttp import web
from fastapi import FastAPI, Request

app = FastAPI()
routes = web.RouteTableDef()


@app.get("/calc")
async def calc(expr: str):
    # ruleid: PYTHON-WEB-SEC-003
    return {"result": eval(expr)}


@app.post("/hook")
async def hook(request: Request):
    body = (await request.body()).decode()
    # ruleid: PYTHON-WEB-SEC-003
    exec(compile(body, "<hook>", "exec"))


@routes.post("/rule")
async def rule(request):
    data = await request.json()
    # ruleid: PYTHON-WEB-SEC-003
    check = eval("lambda row: " + data["when"])
    return web.json_response({"ok": check({})})


class FormulaHandler(tornado.web.RequestHandler):
    def get(self):
        # ruleid: PYTHON-WEB-SEC-003
        self.write(str(eval(self.get_argument("f"))))


@routes.get("/square")
async def square(request):
    n = request.query.get("n", "0")
    # re.match without an end anchor only checks the first character.
    if not re.match(r"[0-9]", n):
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-003
    return web.Response(text=str(eval(n + " ** 2")))
