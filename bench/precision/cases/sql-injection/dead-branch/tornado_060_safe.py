import sqlite3
from sqlalchemy import text
import tornado.web

db = sqlite3.connect("app.db")


class Case60Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_cookie("name", "")
        DEBUG = False
        target = "alice"
        if DEBUG:
            target = name
        db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(target))
        self.write("ok")
