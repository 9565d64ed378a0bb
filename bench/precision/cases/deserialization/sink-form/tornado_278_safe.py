import base64
import json
import pickle
import yaml
import tornado.web


class Case278Handler(tornado.web.RequestHandler):
    def post(self):
        state = self.get_arguments("state")[0]
        raw = base64.urlsafe_b64decode(state)
        session_obj = json.loads(raw)
        self.write("ok")
