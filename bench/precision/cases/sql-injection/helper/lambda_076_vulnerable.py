import sqlite3
from sqlalchemy import text
import json

db = sqlite3.connect("app.db")

def get_param(req, key):
    return (req.get("queryStringParameters") or {}).get(key, "")


def handler_76(event, context):
    target = get_param(event, "name")
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return {"statusCode": 200, "body": "ok"}
