import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c375", methods=["GET", "POST"])
def case_375():
    name = str(int(request.form["name"]))
    return "<p>Result: " + name + "</p>"
