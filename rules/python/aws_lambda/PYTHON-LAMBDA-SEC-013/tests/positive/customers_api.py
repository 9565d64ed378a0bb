"""Customer and order API on RDS MySQL through PyMySQL; the connection is reused across invocations."""

import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="shop",
    cursorclass=pymysql.cursors.DictCursor,
)


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    email = params.get("email", "")
    with conn.cursor() as cur:
        # Concatenation.
        cur.execute("SELECT id, name FROM customers WHERE email = '" + email + "'")  # expect: PYTHON-LAMBDA-SEC-013
        customer = cur.fetchone()

        # Source written inline in an f-string.
        cur.execute(f"SELECT * FROM orders WHERE customer_id = {event['pathParameters']['id']}")  # expect: PYTHON-LAMBDA-SEC-013

        # %-formatting, then executed.
        order = params.get("sort", "created_at")
        sql = "SELECT * FROM orders WHERE customer_id = %s ORDER BY %s" % (customer["id"], order)
        cur.execute(sql)  # expect: PYTHON-LAMBDA-SEC-013
        orders = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps({"customer": customer, "orders": orders}, default=str)}


def search_handler(event, context):
    body = json.loads(event["body"])
    if body.get("exact"):
        where = "name = '{}'".format(body["q"])
    else:
        where = "name LIKE '%{}%'".format(body["q"])
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE " + where)  # expect: PYTHON-LAMBDA-SEC-013
        return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def stock_handler(event, context):
    # One statement per SQS message.
    cur = conn.cursor()
    for record in event["Records"]:
        item = json.loads(record["body"])
        cur.execute("UPDATE stock SET qty = qty - 1 WHERE sku = '%s'" % item["sku"])  # expect: PYTHON-LAMBDA-SEC-013
    conn.commit()


def delete_rows(table, ids):
    # Reported here: the handler passes the table name from the event.
    with conn.cursor() as cur:
        cur.executemany("DELETE FROM " + table + " WHERE id = %s", [(i,) for i in ids])  # expect: PYTHON-LAMBDA-SEC-013
    conn.commit()


def purge_handler(event, context):
    delete_rows(event["table"], event["ids"])
    # Connection.query() runs raw SQL text too.
    conn.query("DELETE FROM audit WHERE actor = '%s'" % event["actor"])  # expect: PYTHON-LAMBDA-SEC-013
    return {"statusCode": 204}


def count_handler(event, context):
    # The cursor is created and used in one expression: not resolved yet.
    conn.cursor().execute("SELECT COUNT(*) FROM orders WHERE status = '" + event["status"] + "'")  # expect: PYTHON-LAMBDA-SEC-013
