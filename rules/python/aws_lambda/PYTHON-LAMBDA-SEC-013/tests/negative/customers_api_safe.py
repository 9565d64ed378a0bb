"""Safe look-alikes: parameterised queries, escaped or converted values, allow-lists, configuration."""

import json
import os

import pymysql

conn = pymysql.connect(host=os.environ["DB_HOST"], user="api", password=os.environ["DB_PASSWORD"], database="shop")
ARCHIVE_TABLE = os.environ.get("ARCHIVE_TABLE", "orders_archive")
SORT_COLUMNS = {"date": "created_at", "total": "total_cents"}
settings = {"default_status": "open"}


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    email = params["email"]
    with conn.cursor() as cur:
        # Parameters: the driver escapes the values.
        cur.execute("SELECT id, name FROM customers WHERE email = %s", (email,))  # ok: PYTHON-LAMBDA-SEC-013
        cur.execute("SELECT * FROM orders WHERE customer_id = %(id)s", {"id": event["pathParameters"]["id"]})  # ok: PYTHON-LAMBDA-SEC-013
        body = json.loads(event["body"])
        cur.executemany("INSERT INTO tags (order_id, tag) VALUES (%s, %s)", [(t["order"], t["tag"]) for t in body["tags"]])  # ok: PYTHON-LAMBDA-SEC-013

        # Converted to an integer, or quoted by the connection.
        cur.execute("SELECT * FROM orders LIMIT %d" % int(params["limit"]))  # ok: PYTHON-LAMBDA-SEC-013
        cur.execute("SELECT * FROM customers WHERE name = " + conn.escape(params["name"]))  # ok: PYTHON-LAMBDA-SEC-013

        # Allow-listed column, configured table, configuration .get().
        cur.execute("SELECT * FROM orders ORDER BY " + SORT_COLUMNS[params["sort"]])  # ok: PYTHON-LAMBDA-SEC-013
        cur.execute(f"SELECT COUNT(*) FROM {ARCHIVE_TABLE}")  # ok: PYTHON-LAMBDA-SEC-013
        cur.execute("SELECT * FROM orders WHERE status = '%s'" % settings.get("default_status"))  # ok: PYTHON-LAMBDA-SEC-013

        # Replaced by a constant before use; only compared.
        status = params.get("status")
        status = "shipped"
        cur.execute("SELECT * FROM orders WHERE status = '" + status + "'")  # ok: PYTHON-LAMBDA-SEC-013
        if params.get("include_archived") == "true":
            cur.execute("SELECT * FROM orders_archive")  # ok: PYTHON-LAMBDA-SEC-013
    conn.query("SELECT 1")  # ok: PYTHON-LAMBDA-SEC-013
    return {"statusCode": 200}
