"""Reporting functions: a SQLite cache in /tmp, SQL Server over pyodbc, Athena and the AWS data APIs."""

import json
import os

import boto3
import psycopg
import pyodbc
import sqlite3

athena = boto3.client("athena")
rds_data = boto3.client("rds-data")
redshift = boto3.client("redshift-data")
cache = sqlite3.connect("/tmp/cache.db")


def get_connection():
    return pyodbc.connect(os.environ["ODBC_CONNECTION_STRING"])


def lambda_handler(event, context):
    params = event["queryStringParameters"]

    # sqlite3 connection, concatenation.
    cache.execute("SELECT * FROM reports WHERE name = '" + params["name"] + "'")  # expect: PYTHON-LAMBDA-SEC-015
    cache.executescript(f"DELETE FROM reports WHERE owner = '{event['requestContext']['authorizer']['claims']['sub']}';")  # expect: PYTHON-LAMBDA-SEC-015

    # A pyodbc cursor from a helper: its driver is not known, the flow is still reported.
    cursor = get_connection().cursor()
    cursor.execute("SELECT * FROM sales WHERE region = '%s'" % params["region"])  # expect: PYTHON-LAMBDA-SEC-015

    # Athena and the RDS Data API take SQL text too.
    athena.start_query_execution(  # expect: PYTHON-LAMBDA-SEC-015
        QueryString=f"SELECT * FROM access_logs WHERE day = '{params['day']}'",
        WorkGroup="primary",
    )
    rds_data.execute_statement(  # expect: PYTHON-LAMBDA-SEC-015
        resourceArn=os.environ["CLUSTER_ARN"],
        secretArn=os.environ["SECRET_ARN"],
        database="app",
        sql="SELECT * FROM users WHERE email = '" + params["email"] + "'",
    )

    # Mixed: an identifier from the event in the text, a value as a parameter. A call that passes parameters
    # is not checked by this rule, so the table name is not reported.
    cursor.execute(f"SELECT * FROM {params['table']} WHERE id = ?", params["id"])  # todoruleid: PYTHON-LAMBDA-SEC-015
    return {"statusCode": 200}


def redshift_handler(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg.get("full"):
            query = "SELECT * FROM events WHERE tenant = '{}'".format(msg["tenant"])
        else:
            query = "SELECT COUNT(*) FROM events"
        redshift.execute_statement(WorkgroupName="analytics", Database="dev", Sql=query)  # expect: PYTHON-LAMBDA-SEC-015


def run_sql(conn, sql):
    # Reported here: the handler below passes event data.
    cur = conn.cursor()
    cur.execute(sql)  # expect: PYTHON-LAMBDA-SEC-015
    return cur.fetchall()


def accounts_handler(event, context):
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        return run_sql(conn, "SELECT * FROM accounts WHERE id = " + event["account_id"])
