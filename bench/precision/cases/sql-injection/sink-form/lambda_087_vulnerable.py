import sqlite3
from sqlalchemy import text
from sqlalchemy import create_engine
import json

db = sqlite3.connect("app.db")

engine = create_engine("sqlite:///app.db")


def handler_87(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "")
    sql = "SELECT * FROM items WHERE tag = '" + name + "'"
    result = engine.connect().execute(text(sql))
    return {"statusCode": 200, "body": "ok"}
