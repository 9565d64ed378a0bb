import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = Flask(__name__)


@app.route("/c240/<name>", methods=["GET", "POST"])
def case_240(name):
    url = name
    resp = httpx.get(url)
    return "ok"
