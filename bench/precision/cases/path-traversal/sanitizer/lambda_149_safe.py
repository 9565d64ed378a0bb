import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import json

BASE_DIR = "/srv/app/files"


def handler_149(event, context):
    filename = event["queryStringParameters"]["filename"]
    data = open(os.path.join(BASE_DIR, os.path.basename(filename)), "rb").read()
    return {"statusCode": 200, "body": "ok"}
