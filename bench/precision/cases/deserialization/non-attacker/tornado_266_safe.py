import base64
import json
import pickle
import yaml
import tornado.web


class Case266Handler(tornado.web.RequestHandler):
    def post(self):
        state = self.get_argument("state", "")
        target = str(float(state))
        cfg = yaml.load(target, Loader=yaml.Loader)
        self.write("ok")
