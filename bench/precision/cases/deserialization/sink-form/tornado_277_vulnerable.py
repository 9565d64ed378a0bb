import base64
import json
import pickle
import yaml
import tornado.web


class Case277Handler(tornado.web.RequestHandler):
    def post(self):
        state = self.get_query_argument("state", "")
        raw = base64.urlsafe_b64decode(state)
        session_obj = pickle.loads(raw)
        self.write("ok")
