from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)

def get_param(req, key):
    return req.args.get(key, "")


@app.route("/c313", methods=["GET", "POST"])
def case_313():
    target = get_param(request, "next")
    return redirect(target)
