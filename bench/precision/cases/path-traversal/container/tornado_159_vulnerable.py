import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case159Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.get_query_argument("filename", "")
        items = ["report.txt"]
        items.append(filename)
        target = items[1]
        data = open(BASE_DIR + "/" + target, "rb").read()
        self.write("ok")
