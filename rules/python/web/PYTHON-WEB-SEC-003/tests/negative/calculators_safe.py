import ast
import operator

import tornado.web
from aiohttp import web
from fastapi import FastAPI

app = FastAPI()
routes = web.RouteTableDef()
OPS = {"add": operator.add, "mul": operator.mul}


@app.get("/calc")
async def calc(expr: str, factor: int = 2):
    # ok: PYTHON-WEB-SEC-003
    value = ast.literal_eval(expr)
    # ok: PYTHON-WEB-SEC-003
    doubled = eval("%d * 2" % factor)
    return {"result": value, "doubled": doubled}


@routes.post("/rule")
async def rule(request):
    data = await request.json()
    fn = OPS[data["op"]]
    # ok: PYTHON-WEB-SEC-003
    limit = eval("10 ** 3")
    return web.json_response({"result": fn(2, 3), "limit": limit})


class FormulaHandler(tornado.web.RequestHandler):
    def get(self):
        # ok: PYTHON-WEB-SEC-003
        self.write(str(ast.literal_eval(self.get_argument("f"))))


@routes.get("/square")
async def square(request):
    n = request.query.get("n", "0")
    if not n.isdigit():
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-003
    return web.Response(text=str(eval(n + " ** 2")))
