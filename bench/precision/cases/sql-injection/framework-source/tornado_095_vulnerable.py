import sqlite3
from sqlalchemy import text
import tornado.web

db = sqlite3.connect("app.db")


class Case95Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_query_argument("name", "")
        db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(name))
        self.write("ok")
