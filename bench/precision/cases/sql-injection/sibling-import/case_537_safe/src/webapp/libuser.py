import sqlite3


def find_user(name):
    db = sqlite3.connect("app.db")
    return db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
