"""Chat server started through Flask-SocketIO without the debugger."""

import os

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)

if __name__ == "__main__":
    socketio.run(app, port=5005, debug=os.environ.get("CHAT_DEBUG") == "1")  # ok: PYTHON-FLASK-001
    socketio.run(app, port=5005, use_reloader=True)  # ok: PYTHON-FLASK-001
