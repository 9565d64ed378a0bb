import sqlite3
from sqlalchemy import text
import tornado.web

db = sqlite3.connect("app.db")


class Case73Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_body_argument("name")
        target = name.replace(" ", "")
        cur = db.cursor()
        cur.execute("SELECT * FROM users WHERE name = '%s'" % target)
        self.write("ok")
