import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case202Handler(tornado.web.RequestHandler):
    def post(self):
        url = self.get_argument("url", "")
        resp = requests.get("https://api.example.com/search", params={"q": url}, timeout=5)
        self.write("ok")
