import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")


def handler_53(event, context):
    name = event["queryStringParameters"]["name"]
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = :t", {"t": name})
    return {"statusCode": 200, "body": "ok"}
