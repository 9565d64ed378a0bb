import base64
import json
import pickle
import yaml
import tornado.web


class Case285Handler(tornado.web.RequestHandler):
    def post(self):
        state = self.request.body.decode()
        cfg = yaml.unsafe_load(state)
        self.write("ok")
