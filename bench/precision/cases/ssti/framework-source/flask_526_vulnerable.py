import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c526", methods=["GET", "POST"])
def case_526():
    greeting = request.form.getlist("greeting")[0]
    page = jinja2.Template(greeting).render()
    return "ok"
