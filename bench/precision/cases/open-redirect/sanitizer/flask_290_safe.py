from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)


@app.route("/c290", methods=["GET", "POST"])
def case_290():
    next = request.headers.get("X-Next", "")
    return redirect(url_for("profile", name=next))
