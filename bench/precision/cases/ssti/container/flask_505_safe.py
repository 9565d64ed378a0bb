import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c505", methods=["GET", "POST"])
def case_505():
    greeting = request.headers.get("X-Greeting", "")
    parts = ["Welcome back"]
    parts.extend([greeting])
    target = parts[:1][0]
    env = jinja2.Environment()
    page = env.from_string("Hello " + target).render()
    return "ok"
