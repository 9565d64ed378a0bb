"""Analytics API on RDS PostgreSQL through psycopg2."""

import json
import os

import psycopg
import psycopg2
import psycopg2.extras
from psycopg2 import sql

conn = psycopg2.connect(os.environ["DATABASE_URL"])


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        # Concatenation.
        cur.execute("SELECT * FROM events WHERE tenant = '" + params["tenant"] + "'")  # expect: PYTHON-LAMBDA-SEC-011
        rows = cur.fetchall()

        # f-string with the source inline.
        cur.execute(f"SELECT count(*) FROM events WHERE kind = '{event['pathParameters']['kind']}'")  # expect: PYTHON-LAMBDA-SEC-011

        # Tainted on one branch: an ORDER BY clause.
        order = "ts DESC"
        if params.get("order"):
            order = params["order"]
        cur.execute("SELECT * FROM events ORDER BY %s LIMIT 100" % order)  # expect: PYTHON-LAMBDA-SEC-011
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def ingest_handler(event, context):
    # Kinesis/SQS batch: the column list comes from the message.
    with conn.cursor() as cur:
        for record in event["Records"]:
            msg = json.loads(record["body"])
            columns = ", ".join(msg["fields"])
            psycopg2.extras.execute_values(cur, "INSERT INTO metrics (" + columns + ") VALUES %s", msg["rows"])  # expect: PYTHON-LAMBDA-SEC-011
    conn.commit()


def export_handler(event, context):
    # COPY with a query taken from the request body.
    body = json.loads(event["body"])
    with conn.cursor() as cur, open("/tmp/export.csv", "w") as out:
        cur.copy_expert("COPY ({}) TO STDOUT WITH CSV HEADER".format(body["query"]), out)  # expect: PYTHON-LAMBDA-SEC-011


def pivot_handler(event, context):
    # sql.SQL() takes its argument as trusted SQL text.
    metric = event["queryStringParameters"]["metric"]
    query = sql.SQL("SELECT day, " + metric + " FROM daily_stats")  # expect: PYTHON-LAMBDA-SEC-011
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def tenant_rows(cur: psycopg.Cursor, tenant):
    # Reported here: the handler passes event data; the cursor type comes from the annotation.
    cur.execute(f"SELECT * FROM accounts WHERE tenant = '{tenant}'")  # expect: PYTHON-LAMBDA-SEC-011
    return cur.fetchall()


def accounts_handler(event, context):
    with psycopg.connect(os.environ["DATABASE_URL"]) as pg:
        return tenant_rows(pg.cursor(), event["tenant"])
