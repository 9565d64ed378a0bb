from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = Flask(__name__)

def get_count(req, key):
    return int(req.args.get(key, "") or 0)


@app.route("/c314", methods=["GET", "POST"])
def case_314():
    target = str(get_count(request, "next"))
    return redirect(target)
