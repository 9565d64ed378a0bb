"""Session tokens for the legacy single sign-on bridge."""

import os

import jwt

KEY = os.environ["SSO_KEY"]


def issue_sso_token(user, password):
    # The partner site wanted to re-check the password itself.
    return jwt.encode({"sub": user.username, "password": password}, KEY, algorithm="HS256")  # expect: PYTHON-JWT-SEC-004


def issue_profile_token(user):
    claims = {"sub": user.id, "email": user.email}
    return jwt.encode({**claims, "pw_hash": user.password_hash}, KEY, algorithm="HS256")  # expect: PYTHON-JWT-SEC-004


def issue_device_token(device):
    return jwt.encode(  # expect: PYTHON-JWT-SEC-004
        {"device": device.serial, "wifi": device.wifi_passphrase},
        KEY,
        algorithm="HS256",
    )


class LoginHandler:
    def token_for(self, form):
        return jwt.encode({"user": form.username.data, "pwd": form.password.data}, KEY)  # expect: PYTHON-JWT-SEC-004


def issue_kiosk_token(kiosk, raw):
    # The claim is named "password" but the value's variable is not: dict keys are not inspected yet.
    return jwt.encode({"kiosk": kiosk.id, "password": raw}, KEY, algorithm="HS256")  # todoruleid: PYTHON-JWT-SEC-004
