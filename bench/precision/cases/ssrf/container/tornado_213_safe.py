import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case213Handler(tornado.web.RequestHandler):
    def post(self):
        url = self.get_body_argument("url")
        target, other = "https://api.example.com/health", url
        body = urllib.request.urlopen(target).read()
        self.write("ok")
