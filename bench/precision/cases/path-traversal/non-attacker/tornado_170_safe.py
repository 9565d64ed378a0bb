import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case170Handler(tornado.web.RequestHandler):
    def post(self, slug):
        filename = slug
        target = str(len(filename))
        data = open(BASE_DIR + "/" + target, "rb").read()
        self.write("ok")
