import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c66", methods=["GET", "POST"])
def case_66():
    payload = request.get_json(silent=True) or {}
    name = payload.get("name", "")
    if not name.isdigit():
        return "bad request", 400
    rows = db.execute("SELECT * FROM users WHERE id = " + name).fetchall()
    return "ok"
