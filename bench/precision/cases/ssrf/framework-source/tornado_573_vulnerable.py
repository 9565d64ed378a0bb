import requests
import tornado.web


class PingHandler(tornado.web.RequestHandler):
    def put(self, host, port):
        resp = requests.get(f"http://{host}:{port}/health", timeout=2)
        self.write(resp.text)
