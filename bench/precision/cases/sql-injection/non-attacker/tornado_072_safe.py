import sqlite3
from sqlalchemy import text
import hashlib
import tornado.web

db = sqlite3.connect("app.db")


class Case72Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_argument("name", "")
        target = hashlib.sha256(name.encode()).hexdigest()
        cur = db.cursor()
        cur.execute("SELECT * FROM users WHERE name = '%s'" % target)
        self.write("ok")
