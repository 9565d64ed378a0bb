import base64
import json
import pickle
import yaml
import tornado.web


class Case267Handler(tornado.web.RequestHandler):
    def post(self, slug):
        state = slug
        target = state.split(",")[0]
        cfg = yaml.load(target, Loader=yaml.Loader)
        self.write("ok")
