"""URL variables passed as query parameters, or numeric by converter."""

import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/users/<username>")
def user(username):
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT id, email FROM users WHERE name = ?", (username,)).fetchall()  # ok: PYTHON-FLASK-SEC-003
    return jsonify(rows)


@app.route("/orders/<int:order_id>")
def order(order_id):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM orders WHERE id = %d" % order_id)  # ok: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchone())
