import base64
import pickle

import tornado.web
from aiohttp import web
from fastapi import Cookie, FastAPI, Request

app = FastAPI()
routes = web.RouteTableDef()


@app.post("/restore")
async def restore(request: Request):
    blob = await request.body()
    # ruleid: PYTHON-DESER-001
    state = pickle.loads(blob)
    return {"keys": list(state)}


@app.get("/prefs")
async def prefs(prefs: str = Cookie("")):
    # ruleid: PYTHON-DESER-001
    return pickle.loads(base64.b64decode(prefs))


@routes.post("/import")
async def import_job(request):
    raw = await request.read()
    # ruleid: PYTHON-DESER-001
    job = pickle.loads(raw)
    return web.json_response({"id": job["id"]})


class ResumeHandler(tornado.web.RequestHandler):
    def post(self):
        # ruleid: PYTHON-DESER-001
        token = pickle.loads(base64.b64decode(self.get_argument("token")))
        self.write({"step": token["step"]})
