import json
import pickle

import tornado.web
import yaml
from aiohttp import web
from fastapi import FastAPI, Request

app = FastAPI()
routes = web.RouteTableDef()
DEFAULTS = b"\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00}\x94."


@app.post("/restore")
async def restore(request: Request):
    state = (await request.json())["state"]
    # ok: PYTHON-WEB-SEC-009
    obj = json.loads(state)
    return {"restored": obj}


@routes.post("/config")
async def config(request):
    text = request.rel_url.query["cfg"]
    # ok: PYTHON-WEB-SEC-009
    cfg = yaml.load(text, Loader=yaml.SafeLoader)
    return web.json_response({"keys": list(cfg)})


class ImportHandler(tornado.web.RequestHandler):
    def post(self):
        body = self.request.body.decode()
        # ok: PYTHON-WEB-SEC-009
        data = yaml.safe_load(body)
        # ok: PYTHON-WEB-SEC-009
        defaults = pickle.loads(DEFAULTS)
        self.write({"count": len(data), "defaults": len(defaults)})
