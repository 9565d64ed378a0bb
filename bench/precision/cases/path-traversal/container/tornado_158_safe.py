import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case158Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.get_body_argument("filename")
        items = ["report.txt"]
        items.append(filename)
        target = items[0]
        data = open(BASE_DIR + "/" + target, "rb").read()
        self.write("ok")
