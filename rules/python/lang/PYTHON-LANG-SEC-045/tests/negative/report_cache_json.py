"""Safe look-alikes: dbm with raw bytes, SQLite with JSON, and an unrelated open()."""

import dbm
import json
import sqlite3

CACHE = "/var/cache/reports/index"


def cached_report(report_id, render):
    with dbm.open(CACHE, "c") as db:  # ok: PYTHON-LANG-SEC-045
        key = report_id.encode()
        if key not in db:
            db[key] = json.dumps(render(report_id)).encode()
        return json.loads(db[key])


def sqlite_cache(path):
    conn = sqlite3.connect(path)  # ok: PYTHON-LANG-SEC-045
    conn.execute("CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, body TEXT)")
    return conn


class Bookshelf:
    """A library bookshelf, nothing to do with the shelve module."""

    def __init__(self):
        self.books = []

    def open(self, label):
        return [b for b in self.books if b.label == label]


def find_books(shelf: Bookshelf, label):
    return shelf.open(label)  # ok: PYTHON-LANG-SEC-045


def read_index(path):
    with open(path, encoding="utf-8") as fh:  # ok: PYTHON-LANG-SEC-045
        return json.load(fh)  # ok: PYTHON-LANG-SEC-045
