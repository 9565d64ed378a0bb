import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")


def handler_65(event, context):
    name = event["pathParameters"]["name"]
    other, target = "alice", name
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
    return {"statusCode": 200, "body": "ok"}
