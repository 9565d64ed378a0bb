import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)


@app.route("/c90/<name>", methods=["GET", "POST"])
def case_90(name):
    where = "owner = ?"
    query = "SELECT * FROM docs WHERE " + where
    db.execute(query, (name,))
    return "ok"
