import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"


def handler_163(event, context):
    filename = event["pathParameters"]["filename"]
    full = os.path.join(BASE_DIR, filename)
    if not full.startswith(BASE_DIR):
        return {"statusCode": 400, "body": "bad request"}
    data = open(full).read()
    return {"statusCode": 200, "body": "ok"}
