"""Safe look-alikes for psycopg2: parameters, sql composition, mogrify, conversions, allow-lists."""

import json
import os

import psycopg2
import psycopg2.extras
from psycopg2 import sql

conn = psycopg2.connect(os.environ["DATABASE_URL"])
ORDER = {"newest": "ts DESC", "oldest": "ts ASC"}
STATS_TABLE = os.environ.get("STATS_TABLE", "daily_stats")
defaults = {"kind": "click"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    body = json.loads(event["body"])
    with conn.cursor() as cur:
        # Parameters.
        cur.execute("SELECT * FROM events WHERE tenant = %s", (params["tenant"],))  # ok: PYTHON-LAMBDA-SEC-011
        cur.execute("SELECT * FROM events WHERE kind = %(kind)s", {"kind": event["pathParameters"]["kind"]})  # ok: PYTHON-LAMBDA-SEC-011
        psycopg2.extras.execute_values(cur, "INSERT INTO metrics (name, value) VALUES %s", body["rows"])  # ok: PYTHON-LAMBDA-SEC-011

        # Identifiers composed with sql.Identifier, values with sql.Literal.
        query = sql.SQL("SELECT day, {} FROM {} WHERE tenant = {}").format(
            sql.Identifier(params["metric"]), sql.Identifier(STATS_TABLE), sql.Literal(params["tenant"])
        )
        cur.execute(query)  # ok: PYTHON-LAMBDA-SEC-011

        # Values bound by mogrify(), then joined into one statement.
        values = b",".join(cur.mogrify("(%s, %s)", (row["name"], row["value"])) for row in body["rows"])  # ok: PYTHON-LAMBDA-SEC-011
        cur.execute(b"INSERT INTO metrics (name, value) VALUES " + values)  # ok: PYTHON-LAMBDA-SEC-011

        # Converted, allow-listed, configuration.
        cur.execute("SELECT * FROM events LIMIT %d" % int(params["limit"]))  # ok: PYTHON-LAMBDA-SEC-011
        cur.execute("SELECT * FROM events ORDER BY " + ORDER[params["order"]])  # ok: PYTHON-LAMBDA-SEC-011
        cur.execute("SELECT * FROM events WHERE kind = '%s'" % defaults.get("kind"))  # ok: PYTHON-LAMBDA-SEC-011

        # Replaced by a constant; only compared.
        tenant = params.get("tenant")
        tenant = "public"
        cur.execute("SELECT * FROM events WHERE tenant = '" + tenant + "'")  # ok: PYTHON-LAMBDA-SEC-011
        if params.get("vacuum") == "yes":
            cur.execute("VACUUM ANALYZE events")  # ok: PYTHON-LAMBDA-SEC-011
    return {"statusCode": 200}
