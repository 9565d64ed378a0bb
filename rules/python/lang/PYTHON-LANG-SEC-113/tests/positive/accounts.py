"""Account helpers that mint secrets with the random module."""

import random
import string
from random import choice, randint

from flask import Flask, make_response, session

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits
rng = random.Random()

# Generated once at import time, for every process.
api_key = "%032x" % random.getrandbits(128)  # expect: PYTHON-LANG-SEC-113


def new_password(length=12):
    return "".join(choice(ALPHABET) for _ in range(length))  # expect: PYTHON-LANG-SEC-113


def reset_user_password(user):
    password = "".join(choice(ALPHABET) for _ in range(10))  # expect: PYTHON-LANG-SEC-113
    user.set_password(password)


def make_reset_link(user):
    user.reset_token = str(random.random())[2:]  # expect: PYTHON-LANG-SEC-113
    return "https://example.com/reset/" + user.reset_token


@app.route("/otp")
def otp():
    session["otp"] = randint(100000, 999999)  # expect: PYTHON-LANG-SEC-113
    return {"sent": True}


@app.route("/remember")
def remember():
    response = make_response({"ok": True})
    response.set_cookie("remember_me", "".join(rng.choices(ALPHABET, k=32)), httponly=True, secure=True)  # expect: PYTHON-LANG-SEC-113
    return response


def issue_invite(mailer, address):
    mailer.send_invite(address, token=random.randrange(10**8))  # expect: PYTHON-LANG-SEC-113


def random_suffix():
    return "".join(random.sample(ALPHABET, 8))


def create_session(store):
    sessionId = random_suffix()  # expect: PYTHON-LANG-SEC-113
    store.save(sessionId)
    return sessionId


def generate_reset_token():
    return "%06d" % random.randint(0, 999999)  # expect: PYTHON-LANG-SEC-113
