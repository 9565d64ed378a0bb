import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case237Handler(tornado.web.RequestHandler):
    def post(self):
        url = self.request.body.decode()
        session = requests.Session()
        r = session.request("GET", "https://api.example.com/find", params={"name": url})
        self.write("ok")
