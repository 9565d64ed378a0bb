"""Lookups keyed by URL variables, formatted into the SQL text."""

import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/users/<username>")
def user(username):
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT id, email FROM users WHERE name = '" + username + "'").fetchall()  # expect: PYTHON-FLASK-SEC-003
    return jsonify(rows)


@app.get("/orders/<status>/<int:page>")
def orders(status, page):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT * FROM orders WHERE status = '{status}' LIMIT 20 OFFSET {page * 20}")  # expect: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())
