import sqlite3
from sqlalchemy import text
from sqlalchemy import create_engine
import json

db = sqlite3.connect("app.db")

engine = create_engine("sqlite:///app.db")


def handler_88(event, context):
    name = event["headers"].get("x-name", "")
    sql = "SELECT * FROM items WHERE tag = :tag"
    result = engine.connect().execute(text(sql), {"tag": name})
    return {"statusCode": 200, "body": "ok"}
