import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"


def handler_186(event, context):
    filename = event["headers"].get("x-filename", "")
    shutil.copy(os.path.join(BASE_DIR, os.path.basename(filename)), "/srv/app/archive/")
    return {"statusCode": 200, "body": "ok"}
