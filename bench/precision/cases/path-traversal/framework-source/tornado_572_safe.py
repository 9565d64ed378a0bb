import os

import tornado.web

BASE = "/srv/manuals"


class ManualHandler(tornado.web.RequestHandler):
    def get(self, name):
        with open(os.path.join(BASE, os.path.basename(name))) as fh:
            self.write(fh.read())
