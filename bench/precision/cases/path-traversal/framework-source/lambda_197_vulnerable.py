import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"


def handler_197(event, context):
    filename = event["filename"]
    data = open(BASE_DIR + "/" + filename, "rb").read()
    return {"statusCode": 200, "body": "ok"}
