import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case214Handler(tornado.web.RequestHandler):
    def post(self, slug):
        url = slug
        other, target = "https://api.example.com/health", url
        body = urllib.request.urlopen(target).read()
        self.write("ok")
