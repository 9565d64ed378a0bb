import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c506/<name>", methods=["GET", "POST"])
def case_506(name):
    greeting = name
    parts = ["Welcome back"]
    parts.extend([greeting])
    target = parts[-1]
    env = jinja2.Environment()
    page = env.from_string("Hello " + target).render()
    return "ok"
