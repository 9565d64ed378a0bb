"""Chat server started through Flask-SocketIO."""

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins=["https://chat.example.com"])

if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=5005)  # expect: PYTHON-FLASK-AUDIT-003
    socketio.run(app, "::", 5006)  # expect: PYTHON-FLASK-AUDIT-003
