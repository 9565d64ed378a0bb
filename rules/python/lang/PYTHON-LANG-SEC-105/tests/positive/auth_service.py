"""Authentication service with debug logging that was never cleaned up."""

import logging

import requests

logger = logging.getLogger(__name__)


class AuthService:
    def __init__(self, db_password, client_secret):
        self.log = logging.getLogger("auth")
        self.db_password = db_password
        self.client_secret = client_secret

    def login(self, username, password):
        logger.debug("Login attempt user=%s password=%s", username, password)  # expect: PYTHON-LANG-SEC-105
        token = self._issue(username)
        logger.info(f"Issued token {token} for {username}")  # expect: PYTHON-LANG-SEC-105
        return token

    def connect_db(self):
        try:
            return self._open(self.db_password)
        except OSError:
            self.log.error("DB connect failed with %s", self.db_password)  # expect: PYTHON-LANG-SEC-105
            raise

    def oauth_exchange(self, code):
        resp = requests.post(
            "https://auth.example.com/token",
            data={"code": code, "client_secret": self.client_secret},
            timeout=10,
        )
        if resp.status_code != 200:
            self.log.exception("OAuth failure, client_secret=%s", self.client_secret)  # expect: PYTHON-LANG-SEC-105
        return resp.json()

    def _issue(self, username):
        return username[::-1]

    def _open(self, password):
        return password


def check_api_key(api_key):
    if not api_key.startswith("sk_"):
        logging.warning("API key rejected: %s", api_key)  # expect: PYTHON-LANG-SEC-105
        return False
    return True
