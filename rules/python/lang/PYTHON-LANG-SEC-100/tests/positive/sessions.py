"""Session and password-reset handling for the web front end."""

import uuid
from datetime import datetime, timedelta


class SessionStore:
    def __init__(self):
        self.sessions = {}

    def create(self, user_id):
        session_id = str(uuid.uuid1())  # expect: PYTHON-LANG-SEC-100
        self.sessions[session_id] = (user_id, datetime.utcnow() + timedelta(hours=8))
        return session_id


def reset_link(user):
    token = uuid.uuid1(clock_seq=user.id % 16384).hex  # expect: PYTHON-LANG-SEC-100
    return f"https://app.example.com/reset?token={token}"
