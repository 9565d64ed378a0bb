import os
import re
import shlex
import subprocess
import tornado.web


class Case41Handler(tornado.web.RequestHandler):
    def post(self):
        host = self.request.body.decode()
        os.execl("/usr/bin/ping", "ping", "-c", "1", "--", host)
        self.write("ok")
