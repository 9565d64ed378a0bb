import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case181Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.request.headers.get("X-Filename", "")
        text = (Path(BASE_DIR) / filename).read_text()
        self.write("ok")
