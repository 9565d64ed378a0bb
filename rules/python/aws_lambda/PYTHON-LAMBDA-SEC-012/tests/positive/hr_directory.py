"""HR directory API on RDS for SQL Server through pymssql."""

import json
import os

import pymssql
from pymssql import _mssql

conn = pymssql.connect(server=os.environ["DB_HOST"], user="hr_api", password=os.environ["DB_PASSWORD"], database="hr")


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    cursor = conn.cursor(as_dict=True)

    # Concatenation.
    cursor.execute("SELECT * FROM employees WHERE department = '" + params["department"] + "'")  # expect: PYTHON-LAMBDA-SEC-012
    staff = cursor.fetchall()

    # %-formatting done by the caller, not by the driver.
    cursor.execute("SELECT * FROM employees WHERE manager_id = %s" % event["pathParameters"]["manager"])  # expect: PYTHON-LAMBDA-SEC-012

    # .format() on one branch.
    if params.get("search"):
        query = "SELECT * FROM employees WHERE name LIKE '%{}%'".format(params["search"])
    else:
        query = "SELECT TOP 50 * FROM employees"
    cursor.execute(query)  # expect: PYTHON-LAMBDA-SEC-012
    return {"statusCode": 200, "body": json.dumps({"staff": staff, "results": cursor.fetchall()}, default=str)}


def update_titles(changes):
    # Reported here: the handler passes message data to it.
    cursor = conn.cursor()
    for change in changes:
        cursor.execute(f"UPDATE employees SET title = '{change['title']}' WHERE id = {change['id']}")  # expect: PYTHON-LAMBDA-SEC-012
    conn.commit()


def sqs_handler(event, context):
    for record in event["Records"]:
        update_titles(json.loads(record["body"])["changes"])


def record_audit(db: _mssql.MSSQLConnection, actor):
    # The low-level _mssql connection runs SQL text directly; reported when called with event data.
    db.execute_non_query("INSERT INTO audit (actor) VALUES ('" + actor + "')")  # expect: PYTHON-LAMBDA-SEC-012


def audit_handler(event, context):
    db = _mssql.connect(server=os.environ["DB_HOST"], user="hr_api", password=os.environ["DB_PASSWORD"])
    record_audit(db, event["actor"])
    cursor = conn.cursor()
    cursor.executemany("DELETE FROM " + event["table"] + " WHERE id = %d", [(i,) for i in event["ids"]])  # expect: PYTHON-LAMBDA-SEC-012
    conn.commit()
