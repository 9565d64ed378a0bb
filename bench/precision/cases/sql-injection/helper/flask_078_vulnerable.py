import sqlite3
from sqlalchemy import text
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

db = sqlite3.connect("app.db")

app = Flask(__name__)

SETTINGS = {"name": "alice"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.args.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@app.route("/c78", methods=["GET", "POST"])
def case_78():
    params = Params(request)
    target = params.get("name")
    db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(target))
    return "ok"
