import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c98", methods=["GET", "POST"])
def case_98():
    name = str(int(request.form["name"]))
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + name + "'")
    return "ok"
