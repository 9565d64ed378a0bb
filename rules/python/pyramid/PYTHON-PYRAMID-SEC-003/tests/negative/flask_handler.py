"""A Flask handler: Flask's request has json, cookies and headers too, but this is not Pyramid code (the Flask
rules report it)."""

from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.post("/search")
def search():
    name = request.json["name"]
    # ok: PYTHON-PYRAMID-SEC-003
    rows = db.session.execute(text("SELECT id FROM users WHERE name = '" + name + "'"))
    return {"ids": [r.id for r in rows]}


@app.get("/theme")
def theme():
    # ok: PYTHON-PYRAMID-SEC-003
    return {"rows": db.session.execute(text("SELECT * FROM themes WHERE name = '%s'" % request.cookies["theme"])).all()}
