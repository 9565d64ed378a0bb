import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"


def handler_185(event, context):
    filename = (event.get("queryStringParameters") or {}).get("filename", "")
    shutil.copy(os.path.join(BASE_DIR, filename), "/srv/app/archive/")
    return {"statusCode": 200, "body": "ok"}
