from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)


@app.route("/c301", methods=["GET", "POST"])
def case_301():
    next = request.cookies.get("next", "")
    items = ["/dashboard"]
    items.append(next)
    target = items[0]
    return redirect(target)
