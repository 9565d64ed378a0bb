"""Chat server started through Flask-SocketIO on loopback."""

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)

if __name__ == "__main__":
    socketio.run(app, host="127.0.0.1", port=5005)  # ok: PYTHON-FLASK-AUDIT-003
    socketio.run(app, "localhost", 5006)  # ok: PYTHON-FLASK-AUDIT-003
