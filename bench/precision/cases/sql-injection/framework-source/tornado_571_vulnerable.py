import sqlite3

import tornado.web


class OrderHandler(tornado.web.RequestHandler):
    def get(self, order_id):
        db = sqlite3.connect("shop.db")
        row = db.execute("SELECT * FROM orders WHERE id = '%s'" % order_id).fetchone()
        self.write({"order": row})
