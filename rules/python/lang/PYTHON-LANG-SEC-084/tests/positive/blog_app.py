"""A small blog backend on sqlite3."""

import sqlite3

DB_PATH = "blog.db"


def get_connection():
    return sqlite3.connect(DB_PATH)


def posts_by_author(author):
    conn = get_connection()
    cursor = conn.cursor()
    cursor.execute(f"SELECT id, title FROM posts WHERE author = '{author}'")  # expect: PYTHON-LANG-SEC-084
    return cursor.fetchall()


def search(term, sort_column):
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(  # expect: PYTHON-LANG-SEC-084
        "SELECT id, title FROM posts WHERE title LIKE '%%%s%%' ORDER BY %s" % (term, sort_column)
    ).fetchall()
    return rows


class CommentStore:
    def __init__(self, db):
        self.db = db

    def delete_for_post(self, post_id):
        self.db.cursor().execute("DELETE FROM comments WHERE post_id = " + str(post_id))  # expect: PYTHON-LANG-SEC-084

    def add_many(self, table, comments):
        cur = self.db.cursor()
        cur.executemany(  # expect: PYTHON-LANG-SEC-084
            "INSERT INTO {} (post_id, body) VALUES (?, ?)".format(table), comments
        )

    def reset(self, table):
        self.db.executescript(f"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (id INTEGER);")  # expect: PYTHON-LANG-SEC-084
