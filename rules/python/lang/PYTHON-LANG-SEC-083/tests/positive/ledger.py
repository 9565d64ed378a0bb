"""Ledger queries with the pg8000 native API."""

import pg8000.native


class Ledger:
    def __init__(self, user, password, host):
        self.con = pg8000.native.Connection(user, password=password, host=host, database="ledger")

    def balance(self, account):
        return self.con.run(f"SELECT sum(amount) FROM entries WHERE account = '{account}'")  # expect: PYTHON-LANG-SEC-083

    def entries(self, account, order_by):
        return self.con.run("SELECT * FROM entries WHERE account = :a ORDER BY " + order_by, a=account)  # expect: PYTHON-LANG-SEC-083

    def close_period(self, period):
        ps = self.con.prepare(sql="UPDATE periods SET closed = true WHERE name = '%s'" % period)  # expect: PYTHON-LANG-SEC-083
        ps.run()


def quick_total(account):
    from pg8000.native import Connection

    con = Connection("ledger", password="from-env", database="ledger")
    return con.run("SELECT sum(amount) FROM entries WHERE account = '{}'".format(account))  # expect: PYTHON-LANG-SEC-083
