"""Inventory API on Aurora MySQL through mysql-connector-python."""

import json
import os

import mysql.connector

cnx = mysql.connector.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="inventory",
)


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    cursor = cnx.cursor(dictionary=True)

    # Concatenation with a query string value.
    cursor.execute("SELECT * FROM items WHERE warehouse = '" + params["warehouse"] + "'")  # expect: PYTHON-LAMBDA-SEC-010
    items = cursor.fetchall()

    # .format() with a path parameter, the source inline.
    cursor.execute("SELECT * FROM items WHERE sku = '{}'".format(event["pathParameters"]["sku"]))  # expect: PYTHON-LAMBDA-SEC-010
    item = cursor.fetchone()

    # f-string built on one branch only.
    if params.get("category"):
        query = f"SELECT COUNT(*) AS n FROM items WHERE category = '{params['category']}'"
    else:
        query = "SELECT COUNT(*) AS n FROM items"
    cursor.execute(query)  # expect: PYTHON-LAMBDA-SEC-010
    count = cursor.fetchone()
    cursor.close()
    return {"statusCode": 200, "body": json.dumps({"items": items, "item": item, "count": count}, default=str)}


def restock_handler(event, context):
    # SQS batch: one statement per message, sent through cmd_query().
    for record in event["Records"]:
        msg = json.loads(record["body"])
        cnx.cmd_query("UPDATE items SET qty = qty + %s WHERE sku = '%s'" % (msg["qty"], msg["sku"]))  # expect: PYTHON-LAMBDA-SEC-010
    cnx.commit()
