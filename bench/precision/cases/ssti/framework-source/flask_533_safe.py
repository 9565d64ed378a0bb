import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c533", methods=["GET", "POST"])
def case_533():
    greeting = str(len(request.args.get("greeting", "")))
    env = jinja2.Environment()
    page = env.from_string("Hello " + greeting).render()
    return "ok"
