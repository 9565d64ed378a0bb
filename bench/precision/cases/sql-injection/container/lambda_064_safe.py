import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")


def handler_64(event, context):
    body = json.loads(event["body"])
    name = body["name"]
    target, other = "alice", name
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
    return {"statusCode": 200, "body": "ok"}
