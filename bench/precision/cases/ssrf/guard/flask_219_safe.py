import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = Flask(__name__)

ALLOWED_URLS = {"https://api.example.com/health", "https://api.example.com/health-2"}


@app.route("/c219", methods=["GET", "POST"])
def case_219():
    url = request.url
    if url not in ALLOWED_URLS:
        return "bad request", 400
    resp = requests.post(f"https://{url}/hooks", json={"ok": True})
    return "ok"
