"""Reporting functions on MySQL through mysqlclient (MySQLdb)."""

import json
import os

import MySQLdb

db = MySQLdb.connect(host=os.environ["DB_HOST"], user="reports", passwd=os.environ["DB_PASSWORD"], db="sales")


def monthly_total(month, region):
    # Reported here: the handler passes event data to it.
    cur = db.cursor()
    cur.execute("SELECT SUM(total) FROM orders WHERE month = '%s' AND region = '%s'" % (month, region))  # expect: PYTHON-LAMBDA-SEC-010
    return cur.fetchone()[0]


def lambda_handler(event, context):
    body = json.loads(event["body"])
    totals = {region: monthly_total(body["month"], region) for region in body["regions"]}
    return {"statusCode": 200, "body": json.dumps(totals, default=str)}


def export_handler(event, context):
    columns = ", ".join(event["columns"])
    cur = db.cursor(MySQLdb.cursors.DictCursor)
    cur.executemany("INSERT INTO exports (" + columns + ") VALUES (%s, %s)", [(1, 2)])  # expect: PYTHON-LAMBDA-SEC-010
    # The low-level query() of the connection runs raw SQL.
    db.query("DELETE FROM exports WHERE owner = '" + event["owner"] + "'")  # expect: PYTHON-LAMBDA-SEC-010
    db.commit()
