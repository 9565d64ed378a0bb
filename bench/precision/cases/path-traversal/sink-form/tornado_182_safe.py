import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case182Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.get_cookie("filename", "")
        text = (Path(BASE_DIR) / Path(filename).name).read_text()
        self.write("ok")
