import os
import re
import shlex
import subprocess
import tornado.web


class Case18Handler(tornado.web.RequestHandler):
    def post(self):
        host = self.get_body_argument("host")
        if ";" in host:
            raise tornado.web.HTTPError(400)
        subprocess.run("host " + host, shell=True)
        self.write("ok")
