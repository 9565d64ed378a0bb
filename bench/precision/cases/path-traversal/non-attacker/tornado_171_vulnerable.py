import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import tornado.web

BASE_DIR = "/srv/app/files"


class Case171Handler(tornado.web.RequestHandler):
    def post(self):
        filename = self.request.body.decode()
        target = filename.lower()
        data = open(BASE_DIR + "/" + target, "rb").read()
        self.write("ok")
