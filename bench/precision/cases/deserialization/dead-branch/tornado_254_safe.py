import base64
import json
import pickle
import yaml
import tornado.web


class Case254Handler(tornado.web.RequestHandler):
    def post(self):
        state = self.get_cookie("state", "")
        mode = "archive"
        if mode == "live":
            target = state
        elif mode == "preview":
            target = state.strip()
        else:
            target = "gASVCQAAAAAAAACMBWd1ZXN0lC4="
        obj = pickle.loads(target.encode("latin-1"))
        self.write("ok")
