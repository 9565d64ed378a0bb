"""Helpers that receive a cursor or connection from the caller; the annotations give the driver away."""

import psycopg
import psycopg2.extensions


def count_rows(cur: psycopg2.extensions.cursor, table: str) -> int:
    cur.execute("SELECT count(*) FROM %s" % table)  # expect: PYTHON-LANG-SEC-080
    return cur.fetchone()[0]


def purge_tenant(conn: psycopg.Connection, tenant: str) -> None:
    conn.execute(f"DELETE FROM events WHERE tenant = '{tenant}'")  # expect: PYTHON-LANG-SEC-080


def latest_orders(cur: psycopg2.extensions.cursor, status: str):
    # The query is formatted first and executed later: needs data flow from the assignment.
    query = f"SELECT * FROM orders WHERE status = '{status}' ORDER BY created_at DESC"
    cur.execute(query)  # todoruleid: PYTHON-LANG-SEC-080
    return cur.fetchall()


def purge_all(dsn: str, tenant: str) -> None:
    # psycopg (3) connect() is not in the engine's table of factory return types yet.
    with psycopg.connect(dsn) as conn:
        conn.execute("DELETE FROM sessions WHERE tenant = '" + tenant + "'")  # todoruleid: PYTHON-LANG-SEC-080
