import os
import re
import shlex
import subprocess
import tornado.web


class Case46Handler(tornado.web.RequestHandler):
    def post(self, slug):
        host = slug
        report = os.popen("whois %s" % host).read()
        self.write("ok")
