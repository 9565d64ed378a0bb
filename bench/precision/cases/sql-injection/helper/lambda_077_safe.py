import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")

def get_count(req, key):
    return int((req.get("queryStringParameters") or {}).get(key, "") or 0)


def handler_77(event, context):
    target = str(get_count(event, "name"))
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return {"statusCode": 200, "body": "ok"}
