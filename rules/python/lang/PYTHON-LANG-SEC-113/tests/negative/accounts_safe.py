"""Secrets from the CSPRNG, and random values used where predictability does not matter."""

import os
import random
import secrets
import string
import time

from flask import Flask, make_response, session

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits
sysrand = random.SystemRandom()

api_key = secrets.token_hex(16)  # ok: PYTHON-LANG-SEC-113


def new_password(length=12):
    password = "".join(secrets.choice(ALPHABET) for _ in range(length))  # ok: PYTHON-LANG-SEC-113
    return password


def make_reset_link(user):
    user.reset_token = secrets.token_urlsafe(32)  # ok: PYTHON-LANG-SEC-113
    user.avatar_hue = random.randint(0, 359)  # ok: PYTHON-LANG-SEC-113
    return "https://example.com/reset/" + user.reset_token


@app.route("/otp")
def otp():
    session["otp"] = sysrand.randint(100000, 999999)  # ok: PYTHON-LANG-SEC-113
    session["banner"] = random.choice(["spring", "summer"])  # ok: PYTHON-LANG-SEC-113
    return {"sent": True}


@app.route("/remember")
def remember():
    response = make_response({"ok": True})
    response.set_cookie("remember_me", secrets.token_urlsafe(32), httponly=True, secure=True)  # ok: PYTHON-LANG-SEC-113
    # A/B test bucket: not a secret.
    response.set_cookie("ab_bucket", random.choice("ab"))  # ok: PYTHON-LANG-SEC-113
    return response


def retry(call, attempts=5):
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            delay = (2**attempt) + random.uniform(0, 1)  # ok: PYTHON-LANG-SEC-113
            time.sleep(delay)
    return None


def sample_rows(rows):
    picked = random.sample(rows, 10)  # ok: PYTHON-LANG-SEC-113
    random.shuffle(rows)
    return picked


def encrypt(cipher_factory, data):
    nonce = os.urandom(12)  # ok: PYTHON-LANG-SEC-113
    salt = secrets.token_bytes(16)  # ok: PYTHON-LANG-SEC-113
    return cipher_factory(nonce=nonce, salt=salt).encrypt(data)


def issue_invite(mailer, address):
    mailer.send_invite(address, token=secrets.token_urlsafe(), priority=random.randint(1, 5))  # ok: PYTHON-LANG-SEC-113


def generate_reset_token():
    return secrets.token_urlsafe(16)  # ok: PYTHON-LANG-SEC-113


def random_color():
    return random.choice(["red", "green", "blue"])  # ok: PYTHON-LANG-SEC-113
