import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c67", methods=["GET", "POST"])
def case_67():
    name = request.headers.get("X-Name", "")
    if not name:
        return "bad request", 400
    rows = db.execute("SELECT * FROM users WHERE id = " + name).fetchall()
    return "ok"
