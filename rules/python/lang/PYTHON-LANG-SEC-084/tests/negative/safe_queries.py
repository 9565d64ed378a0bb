"""Safe counterparts: placeholders, constants, SQLAlchemy bound parameters and pandas params."""

import sqlite3

import pandas as pd
from sqlalchemy import bindparam, create_engine, text

DB_PATH = "blog.db"
POSTS_BY_AUTHOR = "SELECT id, title FROM posts WHERE author = ?"
BASE = "SELECT id, title FROM posts "
SEARCH = BASE + "WHERE title LIKE ? ORDER BY created DESC"

engine = create_engine("sqlite:///blog.db")


def posts_by_author(author):
    conn = sqlite3.connect(DB_PATH)
    cursor = conn.cursor()
    cursor.execute(POSTS_BY_AUTHOR, (author,))  # ok: PYTHON-LANG-SEC-084
    cursor.execute("SELECT id FROM posts WHERE author = :a", {"a": author})  # ok: PYTHON-LANG-SEC-084
    return cursor.fetchall()


def search(term):
    conn = sqlite3.connect(DB_PATH)
    return conn.execute(SEARCH, ("%" + term + "%",)).fetchall()  # ok: PYTHON-LANG-SEC-084


def add_many(conn, comments):
    conn.executemany("INSERT INTO comments (post_id, body) VALUES (?, ?)", comments)  # ok: PYTHON-LANG-SEC-084
    conn.executescript("CREATE TABLE IF NOT EXISTS tags (id INTEGER, name TEXT);")  # ok: PYTHON-LANG-SEC-084


def daily_signups(day):
    with engine.connect() as conn:
        stmt = text("SELECT count(*) FROM signups WHERE day = :day")  # ok: PYTHON-LANG-SEC-084
        return conn.execute(stmt, {"day": day}).scalar()  # ok: PYTHON-LANG-SEC-084


def filtered(ids):
    stmt = text("SELECT * FROM events WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))  # ok: PYTHON-LANG-SEC-084
    return pd.read_sql(stmt, engine, params={"ids": ids})  # ok: PYTHON-LANG-SEC-084


def frame_for(campaign):
    return pd.read_sql_query("SELECT * FROM events WHERE campaign = %(c)s", engine, params={"c": campaign})  # ok: PYTHON-LANG-SEC-084


def run_tasks(executor, jobs, label):
    # Not SQL: a thread pool and a logger with formatted text.
    executor.submit(print, f"running {label}")  # ok: PYTHON-LANG-SEC-084
    executor.map(lambda j: j.execute(), jobs)  # ok: PYTHON-LANG-SEC-084
