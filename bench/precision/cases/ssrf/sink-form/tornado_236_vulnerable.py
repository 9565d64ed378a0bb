import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import tornado.web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case236Handler(tornado.web.RequestHandler):
    def post(self):
        url = self.get_arguments("url")[0]
        session = requests.Session()
        r = session.request("GET", url)
        self.write("ok")
