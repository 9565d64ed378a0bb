from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)


@app.route("/c332", methods=["GET", "POST"])
def case_332():
    next = str(request.args.get("next", 1, type=int))
    return redirect(next)
