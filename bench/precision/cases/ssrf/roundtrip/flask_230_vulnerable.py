import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = Flask(__name__)


@app.route("/c230", methods=["GET", "POST"])
def case_230():
    url = request.args.to_dict().get("url", "")
    target = "".join([url])
    body = urllib.request.urlopen(target).read()
    return "ok"
