from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)


@app.route("/c302", methods=["GET", "POST"])
def case_302():
    next = request.form.getlist("next")[0]
    items = ["/dashboard"]
    items.append(next)
    target = items[1]
    return redirect(target)
