import os
import re
import shlex
import subprocess
import tornado.web


class Case17Handler(tornado.web.RequestHandler):
    def post(self):
        host = self.get_argument("host", "")
        if not host.isalnum():
            raise tornado.web.HTTPError(400)
        subprocess.run("host " + host, shell=True)
        self.write("ok")
