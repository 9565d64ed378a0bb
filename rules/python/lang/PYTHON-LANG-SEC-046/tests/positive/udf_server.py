"""HTTP endpoint that runs user-defined functions shipped by analysts as dill payloads."""

import base64

import dill
from flask import Flask, request

app = Flask(__name__)


@app.post("/udf/run")
def run_udf():
    func = dill.loads(base64.b64decode(request.json["udf"]))  # expect: PYTHON-LANG-SEC-046
    return {"result": func(*request.json.get("args", []))}


@app.post("/session/restore")
def restore():
    upload = request.files["session"]
    dill.load_module_asdict(upload.stream)  # expect: PYTHON-LANG-SEC-046
    return {"restored": True}
