import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

def get_count(req, key):
    return int(req.get_argument(key, "") or 0)


class Case226Handler(tornado.web.RequestHandler):
    def post(self):
        target = str(get_count(self, "url"))
        resp = requests.post(f"https://{target}/hooks", json={"ok": True})
        self.write("ok")
