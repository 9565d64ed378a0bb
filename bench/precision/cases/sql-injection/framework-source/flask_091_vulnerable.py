import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c91", methods=["GET", "POST"])
def case_91():
    name = request.files["upload"].filename
    db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(name))
    return "ok"
