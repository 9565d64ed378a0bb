"""The same repository written safely: constant SQL, values passed as parameters, identifiers via psycopg2.sql."""

import sqlite3

import psycopg2
from psycopg2 import extras, sql

SELECT_USER = "SELECT id, name FROM accounts WHERE email = %s"
BASE_QUERY = "SELECT id, name FROM accounts "
BY_NAME = BASE_QUERY + "WHERE name ILIKE %s"


class UserRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def find_by_email(self, email):
        with self.conn.cursor() as cur:
            cur.execute("SELECT id, name FROM accounts WHERE email = %s", (email,))  # ok: PYTHON-LANG-SEC-080
            return cur.fetchone()

    def find_by_email_const(self, email):
        with self.conn.cursor() as cur:
            cur.execute(SELECT_USER, (email,))  # ok: PYTHON-LANG-SEC-080
            return cur.fetchone()

    def search(self, fragment):
        with self.conn.cursor() as cur:
            cur.execute(BY_NAME, ("%" + fragment + "%",))  # ok: PYTHON-LANG-SEC-080
            return cur.fetchall()

    def by_status(self, status):
        with self.conn.cursor() as cur:
            cur.execute(query="SELECT * FROM orders WHERE status = %(status)s", vars={"status": status})  # ok: PYTHON-LANG-SEC-080
            return cur.fetchall()

    def count_table(self, table):
        with self.conn.cursor() as cur:
            cur.execute(  # ok: PYTHON-LANG-SEC-080
                sql.SQL("SELECT count(*) FROM {} WHERE tenant = %s").format(sql.Identifier(table)), ("acme",)
            )
            return cur.fetchone()[0]

    def bulk_insert(self, rows):
        with self.conn.cursor() as cur:
            extras.execute_values(cur, "INSERT INTO events (id, payload) VALUES %s", rows)  # ok: PYTHON-LANG-SEC-080
            cur.executemany("UPDATE accounts SET name = %s WHERE id = %s", rows)  # ok: PYTHON-LANG-SEC-080
            print(cur.mogrify("SELECT %s, %s", ("a", 1)))  # ok: PYTHON-LANG-SEC-080

    def by_id(self, user_id):
        # Interpolates only a module constant, so the SQL text is fixed; the engine does not fold
        # f-strings whose parts are all constants yet.
        with self.conn.cursor() as cur:
            cur.execute(f"{BASE_QUERY} WHERE id = %s", (user_id,))  # todook: PYTHON-LANG-SEC-080
            return cur.fetchone()

    def export(self, out):
        with self.conn.cursor() as cur:
            cur.copy_expert("COPY accounts TO STDOUT WITH CSV HEADER", out)  # ok: PYTHON-LANG-SEC-080


def local_cache(path, key):
    # sqlite3 is not psycopg: formatted SQL here is reported by PYTHON-LANG-SEC-084, not by this rule.
    db = sqlite3.connect(path)
    cur = db.cursor()
    cur.execute(f"SELECT value FROM cache WHERE key = '{key}'")  # ok: PYTHON-LANG-SEC-080
    return cur.fetchone()
