import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)

def get_param(req, key):
    return req.args.get(key, "")


@app.route("/c517", methods=["GET", "POST"])
def case_517():
    target = get_param(request, "greeting")
    env = jinja2.Environment()
    page = env.from_string("Hello " + target).render()
    return "ok"
