"""Chat server started through Flask-SocketIO."""

from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)


@socketio.on("message")
def relay(message):
    emit("message", message, broadcast=True)


if __name__ == "__main__":
    socketio.run(app, port=5005, debug=True)  # expect: PYTHON-FLASK-001
