"""The ledger written with pg8000 parameters."""

import pg8000
import pg8000.dbapi
import pg8000.native

BALANCE = "SELECT sum(amount) FROM entries WHERE account = :account"
COLUMNS = "id, account, amount"


class Ledger:
    def __init__(self, user, password, host):
        self.con = pg8000.native.Connection(user, password=password, host=host, database="ledger")

    def balance(self, account):
        return self.con.run(BALANCE, account=account)  # ok: PYTHON-LANG-SEC-083

    def entries(self, account):
        return self.con.run("SELECT " + COLUMNS + " FROM entries WHERE account = :a ORDER BY id", a=account)  # ok: PYTHON-LANG-SEC-083

    def close_period(self, period):
        ps = self.con.prepare("UPDATE periods SET closed = true WHERE name = :name")  # ok: PYTHON-LANG-SEC-083
        ps.run(name=period)

    def entries_for(self, table_name):
        # Identifier quoted by pg8000 itself.
        return self.con.run("SELECT * FROM " + pg8000.native.identifier(table_name))  # todook: PYTHON-LANG-SEC-083


def export(since):
    conn = pg8000.connect(user="report", database="ledger")
    cursor = conn.cursor()
    cursor.execute("SELECT * FROM entries WHERE created > %s", (since,))  # ok: PYTHON-LANG-SEC-083
    cursor.executemany("UPDATE entries SET tag = %s WHERE id = %s", [("x", 1), ("y", 2)])  # ok: PYTHON-LANG-SEC-083
    rows = cursor.fetchall()
    conn.close()
    return rows


def by_period(period):
    from pg8000.native import Connection

    con = Connection("ledger", database="ledger")
    rows = con.run(sql="SELECT * FROM entries WHERE period = :p", p=period)  # ok: PYTHON-LANG-SEC-083
    totals = con.run("SELECT account, sum(amount) FROM entries " + "GROUP BY account")  # ok: PYTHON-LANG-SEC-083
    return rows, totals


def tag(cursor: pg8000.dbapi.Cursor, tag_name, ids):
    cursor.executemany("UPDATE entries SET tag = %s WHERE id = %s", [(tag_name, i) for i in ids])  # ok: PYTHON-LANG-SEC-083
