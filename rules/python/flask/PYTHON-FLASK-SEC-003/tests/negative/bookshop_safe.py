"""The same bookshop queries written safely: bound parameters, whitelists, conversions, driver quoting."""

import sqlite3

import psycopg2
from flask import Flask, current_app, g, jsonify, request
from psycopg2 import sql
from sqlalchemy import bindparam, create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://reports@localhost/reports")
SORT_COLUMNS = {"title": "title", "year": "published_year"}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("books.db")
    return g.db


@app.route("/books/<int:book_id>")
def book(book_id):
    db = get_db()
    row = db.execute("SELECT * FROM books WHERE slug = ?", (request.args["slug"],)).fetchone()  # ok: PYTHON-FLASK-SEC-003
    return jsonify(row)


@app.route("/search")
def search():
    title = request.args.get("q", "")
    cur = get_db().cursor()
    cur.execute("SELECT id, title FROM books WHERE title LIKE ?", ("%" + title + "%",))  # ok: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())


@app.route("/authors")
def authors():
    country = request.args.get("country")
    params = {"country": country}
    return jsonify(get_db().execute("SELECT name FROM authors WHERE country = :country", params).fetchall())  # ok: PYTHON-FLASK-SEC-003


@app.route("/page")
def page():
    limit = int(request.args.get("limit", "20"))
    offset = int(request.args.get("offset", "0"))
    cur = get_db().cursor()
    cur.execute(f"SELECT * FROM books LIMIT {limit} OFFSET {offset}")  # ok: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())


@app.route("/catalog")
def catalog():
    # Chosen from the request, then replaced by a constant before the query is built.
    column = request.args.get("sort", "title")
    column = "title"
    cur = get_db().cursor()
    cur.execute("SELECT * FROM books ORDER BY " + column)  # ok: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())


@app.route("/stats")
def stats():
    # Server-side values read with .get(): configuration, a constant map, the environment.
    schema = current_app.config.get("DB_SCHEMA", "public")
    sort = SORT_COLUMNS.get("year")
    cur = get_db().cursor()
    cur.execute("SELECT count(*) FROM " + schema + ".books")  # ok: PYTHON-FLASK-SEC-003
    cur.execute("SELECT * FROM books ORDER BY " + sort)  # ok: PYTHON-FLASK-SEC-003
    return jsonify(cur.fetchall())


@app.route("/reports/sales")
def sales():
    table = request.args.get("table", "sales")
    conn = psycopg2.connect("dbname=reports")
    with conn.cursor() as cur:
        query = sql.SQL("SELECT sum(total) FROM {} WHERE region = %s").format(sql.Identifier(table))
        cur.execute(query, (request.args["region"],))  # ok: PYTHON-FLASK-SEC-003
        return jsonify(total=cur.fetchone()[0])


@app.route("/reports/users")
def users():
    name = request.values.get("name", "")
    with engine.connect() as conn:
        stmt = text("SELECT id FROM users WHERE name = :name").bindparams(name=name)
        # Engine gap: the sanitizer on a chained call (text(...).bindparams(...)) is not applied yet.
        rows = conn.execute(stmt)  # ok: PYTHON-FLASK-SEC-003
        by_email = conn.execute(text("SELECT id FROM users WHERE email = :e"), {"e": request.args["email"]})  # ok: PYTHON-FLASK-SEC-003
        in_list = conn.execute(  # ok: PYTHON-FLASK-SEC-003
            text("SELECT id FROM users WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
            {"ids": request.args.getlist("id")},
        )
        return jsonify([r.id for r in rows] + [r.id for r in by_email] + [r.id for r in in_list])
