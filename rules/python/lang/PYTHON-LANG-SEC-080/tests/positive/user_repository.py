"""Account storage for the customer portal, on PostgreSQL through psycopg2."""

import psycopg2

ACCOUNTS = "accounts"


class UserRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def find_by_email(self, email):
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT id, name FROM accounts WHERE email = '{email}'")  # expect: PYTHON-LANG-SEC-080
            return cur.fetchone()

    def search(self, name_fragment, order_by):
        with self.conn.cursor() as cur:
            cur.execute(  # expect: PYTHON-LANG-SEC-080
                "SELECT id, name FROM accounts WHERE name ILIKE '%%%s%%' ORDER BY %s" % (name_fragment, order_by)
            )
            return cur.fetchall()

    def deactivate(self, user_ids):
        id_list = ",".join(str(i) for i in user_ids)
        with self.conn.cursor() as cur:
            cur.execute("UPDATE accounts SET active = false WHERE id IN (" + id_list + ")")  # expect: PYTHON-LANG-SEC-080
        self.conn.commit()

    def rename_all(self, pairs, column):
        with self.conn.cursor() as cur:
            cur.executemany(query="UPDATE {} SET {} = %s WHERE id = %s".format(ACCOUNTS, column), vars_list=pairs)  # expect: PYTHON-LANG-SEC-080
        self.conn.commit()
