import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

def get_param(req, key):
    return req.get_argument(key, "")


class Case225Handler(tornado.web.RequestHandler):
    def post(self):
        target = get_param(self, "url")
        resp = requests.post(f"https://{target}/hooks", json={"ok": True})
        self.write("ok")
