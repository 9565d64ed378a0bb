"""A small bookshop API on sqlite3, in the style of the Flask tutorial (get_db() helper)."""

import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("books.db")
    return g.db


@app.route("/books/<int:book_id>")
def book(book_id):
    db = get_db()
    # Source written inline in the SQL text.
    row = db.execute("SELECT * FROM books WHERE slug = '" + request.args["slug"] + "'").fetchone()  # expect: PYTHON-FLASK-SEC-003
    return jsonify(row)


@app.route("/search")
def search():
    title = request.args.get("q", "")
    order = request.args.get("order", "title")
    cur = get_db().cursor()
    query = f"SELECT id, title FROM books WHERE title LIKE '%{title}%' ORDER BY {order}"
    cur.execute(query)  # expect: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())


@app.route("/authors")
def authors():
    country = request.args.get("country")
    if country:
        sql = "SELECT name FROM authors WHERE country = '%s'" % country
    else:
        sql = "SELECT name FROM authors"
    # Engine gap: a method called on a call's result (get_db().execute) is not yet checked as a sink.
    return jsonify(get_db().execute(sql).fetchall())  # expect: PYTHON-FLASK-SEC-003


@app.route("/publishers")
def publishers():
    city = request.args.get("city")
    if city:
        sql = "SELECT name FROM publishers WHERE city = '%s'" % city
    else:
        sql = "SELECT name FROM publishers"
    db = get_db()
    return jsonify(db.execute(sql).fetchall())  # expect: PYTHON-FLASK-SEC-003


@app.route("/books/bulk-tag", methods=["POST"])
def bulk_tag():
    payload = request.get_json()
    db = get_db()
    for tag in payload["tags"]:
        db.executescript("INSERT INTO tags(name) VALUES ('{}');".format(tag))  # expect: PYTHON-FLASK-SEC-003
    db.commit()
    return jsonify(ok=True)


def find_by_column(column, value):
    """Helper building SQL from its parameters: reported where the query runs."""
    cur = get_db().cursor()
    cur.execute("SELECT * FROM books WHERE " + column + " = ?", (value,))  # expect: PYTHON-FLASK-SEC-003
    return cur.fetchall()


@app.route("/filter")
def filter_books():
    return jsonify(find_by_column(request.args.get("by", "isbn"), request.args.get("value")))


def sort_key():
    """Helper returning a cookie value: its result is tainted for every caller."""
    return request.cookies.get("sort", "title")


@app.route("/catalog")
def catalog():
    cur = get_db().cursor()
    cur.execute("SELECT * FROM books ORDER BY " + sort_key())  # expect: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())
