import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case195Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.get_argument("filename")
        os.remove(os.path.join(BASE_DIR, filename))
        self.write("ok")
