"""Safe look-alikes: parameters for every API, conversions, allow-lists, configuration, driver rules."""

import os

import boto3
import pymysql
import pyodbc
import sqlite3

athena = boto3.client("athena")
rds_data = boto3.client("rds-data")
redshift = boto3.client("redshift-data")
cache = sqlite3.connect("/tmp/cache.db")
mysql_conn = pymysql.connect(host=os.environ["DB_HOST"], user="api", password=os.environ["DB_PASSWORD"])
REPORTS_TABLE = os.environ.get("REPORTS_TABLE", "reports")
COLUMNS = {"name": "name", "date": "created_at"}
settings = {"default_region": "eu-west-1"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    cursor = pyodbc.connect(os.environ["ODBC_CONNECTION_STRING"]).cursor()

    # Placeholders with a parameters argument, including a configured table name in the text.
    cache.execute("SELECT * FROM reports WHERE name = ?", (params["name"],))  # ok: PYTHON-LAMBDA-SEC-015
    cache.execute(f"SELECT * FROM {REPORTS_TABLE} WHERE owner = ?", (params["owner"],))  # ok: PYTHON-LAMBDA-SEC-015
    cursor.execute("SELECT * FROM sales WHERE region = ?", params["region"])  # ok: PYTHON-LAMBDA-SEC-015
    cache.executemany("INSERT INTO tags VALUES (?, ?)", [(t["id"], t["tag"]) for t in event["tags"]])  # ok: PYTHON-LAMBDA-SEC-015

    # The AWS APIs' own parameters.
    athena.start_query_execution(  # ok: PYTHON-LAMBDA-SEC-015
        QueryString="SELECT * FROM access_logs WHERE day = ?",
        ExecutionParameters=[params["day"]],
        WorkGroup="primary",
    )
    rds_data.execute_statement(  # ok: PYTHON-LAMBDA-SEC-015
        resourceArn=os.environ["CLUSTER_ARN"],
        secretArn=os.environ["SECRET_ARN"],
        database="app",
        sql="SELECT * FROM users WHERE email = :email",
        parameters=[{"name": "email", "value": {"stringValue": params["email"]}}],
    )
    redshift.execute_statement(  # ok: PYTHON-LAMBDA-SEC-015
        WorkgroupName="analytics", Database="dev", Sql="SELECT * FROM events WHERE tenant = :tenant",
        Parameters=[{"name": "tenant", "value": params["tenant"]}],
    )

    # Converted, allow-listed, configuration.
    cache.execute("SELECT * FROM reports LIMIT %d" % int(params["limit"]))  # ok: PYTHON-LAMBDA-SEC-015
    cache.execute("SELECT * FROM reports ORDER BY " + COLUMNS[params["order"]])  # ok: PYTHON-LAMBDA-SEC-015
    cursor.execute("SELECT * FROM sales WHERE region = '%s'" % settings.get("default_region"))  # ok: PYTHON-LAMBDA-SEC-015

    # Replaced by a constant; only compared.
    name = params.get("name")
    name = "weekly"
    cache.execute("SELECT * FROM reports WHERE name = '" + name + "'")  # ok: PYTHON-LAMBDA-SEC-015
    if params.get("purge") == "yes":
        cache.execute("DELETE FROM reports")  # ok: PYTHON-LAMBDA-SEC-015

    # A PyMySQL cursor: reported by PYTHON-LAMBDA-SEC-013, not a second time here.
    with mysql_conn.cursor() as cur:
        cur.execute("SELECT * FROM customers WHERE email = '" + params["email"] + "'")  # ok: PYTHON-LAMBDA-SEC-015
    return {"statusCode": 200}
