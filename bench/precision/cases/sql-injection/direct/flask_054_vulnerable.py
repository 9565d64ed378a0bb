import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c54", methods=["GET", "POST"])
def case_54():
    name = request.form.get("name", "")
    db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(name))
    return "ok"
