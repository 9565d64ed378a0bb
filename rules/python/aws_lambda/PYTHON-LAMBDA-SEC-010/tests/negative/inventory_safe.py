"""Safe look-alikes for mysql-connector-python and MySQLdb: parameters, conversions, allow-lists."""

import json
import os

import MySQLdb
import mysql.connector

cnx = mysql.connector.connect(host=os.environ["DB_HOST"], user="api", password=os.environ["DB_PASSWORD"], database="inventory")
db = MySQLdb.connect(host=os.environ["DB_HOST"], user="reports", passwd=os.environ["DB_PASSWORD"], db="sales")
REPORT_TABLE = os.environ.get("REPORT_TABLE", "orders")
ORDER_BY = {"name": "name", "stock": "qty"}
defaults = {"warehouse": "main"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    cursor = cnx.cursor(prepared=True)

    # Parameters: the driver sends the values separately.
    cursor.execute("SELECT * FROM items WHERE warehouse = %s", (params["warehouse"],))  # ok: PYTHON-LAMBDA-SEC-010
    cursor.execute("SELECT * FROM items WHERE sku = %(sku)s", {"sku": event["pathParameters"]["sku"]})  # ok: PYTHON-LAMBDA-SEC-010
    rows = [(r["sku"], r["qty"]) for r in json.loads(event["body"])["rows"]]
    cursor.executemany("UPDATE items SET qty = %s WHERE sku = %s", [(q, s) for s, q in rows])  # ok: PYTHON-LAMBDA-SEC-010

    # Converted, allow-listed, configured.
    cursor.execute("SELECT * FROM items LIMIT %d" % int(params["limit"]))  # ok: PYTHON-LAMBDA-SEC-010
    cursor.execute("SELECT * FROM items ORDER BY " + ORDER_BY[params["order"]])  # ok: PYTHON-LAMBDA-SEC-010
    cursor.execute("SELECT * FROM items WHERE warehouse = '%s'" % defaults.get("warehouse"))  # ok: PYTHON-LAMBDA-SEC-010

    # Quoted by MySQLdb's connection.literal().
    cur = db.cursor()
    cur.execute("SELECT * FROM " + REPORT_TABLE + " WHERE region = " + db.literal(params["region"]).decode())  # ok: PYTHON-LAMBDA-SEC-010

    # Replaced by a constant; only compared.
    region = params.get("region")
    region = "EU"
    cur.execute("SELECT SUM(total) FROM orders WHERE region = '" + region + "'")  # ok: PYTHON-LAMBDA-SEC-010
    if params.get("refresh") == "1":
        cnx.cmd_query("FLUSH TABLES")  # ok: PYTHON-LAMBDA-SEC-010
    return {"statusCode": 200}
