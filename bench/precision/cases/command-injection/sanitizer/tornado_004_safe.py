import os
import re
import shlex
import subprocess
import tornado.web


class Case4Handler(tornado.web.RequestHandler):
    def post(self):
        host = self.get_argument("host")
        subprocess.run(["ping", "-c", "1", "--", host], check=True)
        self.write("ok")
