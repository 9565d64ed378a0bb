"""Nightly export job: dumps the rows of a table chosen on the command line."""

import sys

import psycopg2 as pg
from psycopg2 import extras, sql


def export(dsn, table, since):
    conn = pg.connect(dsn)
    cur = conn.cursor(cursor_factory=extras.RealDictCursor)
    cur.execute("SELECT * FROM " + table + " WHERE created_at > %s", (since,))  # expect: PYTHON-LANG-SEC-080
    rows = cur.fetchall()
    with open(f"/var/exports/{table}.csv", "w") as out:
        cur.copy_expert(f"COPY {table} TO STDOUT WITH CSV HEADER", out)  # expect: PYTHON-LANG-SEC-080
    return rows


def archive(dsn, table, rows):
    conn = pg.connect(dsn)
    cur = conn.cursor()
    extras.execute_values(cur, f"INSERT INTO {table}_archive (id, payload) VALUES %s", rows)  # expect: PYTHON-LANG-SEC-080
    count_query = sql.SQL(f"SELECT count(*) FROM {table}_archive")  # expect: PYTHON-LANG-SEC-080
    cur.execute(count_query)
    conn.commit()
    return cur.fetchone()


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2], sys.argv[3])
