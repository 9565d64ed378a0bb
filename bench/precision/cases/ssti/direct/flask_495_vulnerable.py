import re
import jinja2
from flask import render_template_string
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c495", methods=["GET", "POST"])
def case_495():
    payload = request.get_json(silent=True) or {}
    greeting = payload.get("greeting", "")
    page = jinja2.Template(greeting).render()
    return "ok"
