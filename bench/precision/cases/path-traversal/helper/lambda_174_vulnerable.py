import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"

SETTINGS = {"filename": "report.txt"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return (self._req.get("queryStringParameters") or {}).get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


def handler_174(event, context):
    params = Params(event)
    target = params.get("filename")
    os.remove(os.path.join(BASE_DIR, target))
    return {"statusCode": 200, "body": "ok"}
