import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = Flask(__name__)


@app.route("/c231", methods=["GET", "POST"])
def case_231():
    url = request.args.get("url", "")
    target = "{0}".format("https://api.example.com/health", url)
    body = urllib.request.urlopen(target).read()
    return "ok"
