import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")


def handler_97(event, context):
    name = event["name"]
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{name}'").fetchall()
    return {"statusCode": 200, "body": "ok"}
