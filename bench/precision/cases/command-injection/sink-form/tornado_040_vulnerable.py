import os
import re
import shlex
import subprocess
import tornado.web


class Case40Handler(tornado.web.RequestHandler):
    def post(self):
        host = self.get_arguments("host")[0]
        os.execl("/bin/sh", "sh", "-c", "ping " + host)
        self.write("ok")
