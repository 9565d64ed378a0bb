"""Safe look-alikes: JSON, signed payloads, trusted files, constants."""

import base64
import json
import os
import pickle

import joblib
from django.core import signing
from django.http import JsonResponse
from flask import Flask, jsonify, request
from itsdangerous import URLSafeSerializer, Signer

app = Flask(__name__)
signer = Signer(os.environ["STATE_SECRET"])
serializer = URLSafeSerializer(os.environ["STATE_SECRET"])
MODELS = {"churn": "/srv/models/churn.joblib", "fraud": "/srv/models/fraud.joblib"}
settings = {"cache_file": "/var/cache/app/defaults.pkl"}


@app.post("/api/restore")
def restore():
    # JSON instead of pickle; a signed cookie verified before unpickling.
    state = json.loads(request.data)
    prefs = pickle.loads(signer.unsign(base64.b64decode(request.cookies["prefs"])))  # ok: PYTHON-DESER-001
    token = serializer.loads(request.args["token"])

    # Trusted files: the request only picks one of the known models.
    model = joblib.load(MODELS[request.args["model"]])  # ok: PYTHON-DESER-001
    with open(settings.get("cache_file"), "rb") as fh:
        defaults = pickle.load(fh)  # ok: PYTHON-DESER-001
    with open(os.environ.get("SEED_FILE", "/srv/seed.pkl"), "rb") as fh:
        seed = pickle.load(fh)  # ok: PYTHON-DESER-001

    # Replaced by a constant; only compared.
    name = request.args.get("snapshot")
    name = "latest.pkl"
    with open("/var/cache/app/" + name, "rb") as fh:
        snapshot = pickle.load(fh)  # ok: PYTHON-DESER-001
    if request.args.get("warm") == "1":
        pickle.loads(pickle.dumps({"warm": True}))  # ok: PYTHON-DESER-001
    return jsonify(state=state, prefs=str(prefs), token=token, model=str(model), defaults=str(defaults), seed=str(seed), snapshot=str(snapshot))


def resume_view(request):
    # Django signing verifies the token; request.user is not request data.
    job = signing.loads(request.GET["resume"])
    blob = signing.loads(request.GET["blob"])
    restored = pickle.loads(base64.b64decode(blob))  # ok: PYTHON-DESER-001
    with open(f"/srv/profiles/{request.user.pk}.pkl", "rb") as fh:
        profile = pickle.load(fh)  # ok: PYTHON-DESER-001
    # Server-side session storage is not request data.
    draft = pickle.loads(base64.b64decode(request.session["draft"]))  # ok: PYTHON-DESER-001
    return JsonResponse({"job": job, "restored": str(restored), "profile": str(profile), "draft": str(draft)})


# FastAPI, aiohttp and Tornado handlers that parse client data as JSON or unpickle their own files.
import tornado.web
from aiohttp import web
from fastapi import FastAPI, Request

fastapi_app = FastAPI()
routes = web.RouteTableDef()


@fastapi_app.post("/restore")
async def restore_json(request: Request):
    state = json.loads(await request.body())
    # ok: PYTHON-DESER-001
    model = pickle.loads(open("/srv/models/current.pkl", "rb").read())
    return {"keys": list(state), "model": str(model)}


@routes.post("/import")
async def import_json(request):
    raw = await request.read()
    # ok: PYTHON-DESER-001
    job = json.loads(raw)
    return web.json_response({"id": job["id"]})


class ResumeHandler(tornado.web.RequestHandler):
    def post(self):
        # ok: PYTHON-DESER-001
        token = json.loads(base64.b64decode(self.get_argument("token")))
        self.write({"step": token["step"]})
