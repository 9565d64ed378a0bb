import base64
import pickle

import tornado.web
import yaml
from aiohttp import web
from fastapi import FastAPI, Request

app = FastAPI()
routes = web.RouteTableDef()


@app.post("/restore")
async def restore(request: Request):
    state = (await request.json())["state"]
    # ruleid: PYTHON-WEB-SEC-009
    obj = pickle.loads(base64.b64decode(state))
    return {"restored": str(obj)}


@routes.post("/config")
async def config(request):
    text = request.rel_url.query["cfg"]
    doc = text if text else "a: 1"
    # ruleid: PYTHON-WEB-SEC-009
    cfg = yaml.load(doc, Loader=yaml.Loader)
    return web.json_response({"keys": list(cfg)})


class ImportHandler(tornado.web.RequestHandler):
    def post(self):
        body = self.request.body.decode()
        # ruleid: PYTHON-WEB-SEC-009
        data = yaml.unsafe_load(body)
        self.write({"count": len(data)})
