"""CSV export through pg8000's DB-API interface."""

import csv
import sys

import pg8000
import pg8000.dbapi


def export(table, since, path):
    conn = pg8000.connect(user="report", database="ledger")
    cursor = conn.cursor()
    cursor.execute(f"SELECT * FROM {table} WHERE created > %s", (since,))  # expect: PYTHON-LANG-SEC-083
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(cursor.fetchall())
    conn.close()


def tag_rows(table, tag, ids):
    conn = pg8000.dbapi.connect(user="report", database="ledger")
    cur = conn.cursor()
    cur.executemany("UPDATE " + table + " SET tag = %s WHERE id = %s", [(tag, i) for i in ids])  # expect: PYTHON-LANG-SEC-083
    conn.commit()


def purge(cursor: pg8000.dbapi.Cursor, table):
    statement = f"DELETE FROM {table}"
    cursor.execute(statement)  # todoruleid: PYTHON-LANG-SEC-083


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2], sys.argv[3])
