import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case244Handler(tornado.web.RequestHandler):
    def post(self):
        url = self.request.headers.get("X-Url", "")
        resp = httpx.get(url)
        self.write("ok")
