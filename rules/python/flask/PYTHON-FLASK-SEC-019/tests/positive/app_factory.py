"""Application factories that ship their signing keys in the source."""

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.secret_key = "d2f1c0a9b8e7"  # expect: PYTHON-FLASK-SEC-019


def create_app():
    instance = Flask(__name__)
    instance.config["SECRET_KEY"] = "super-secret-key-2024"  # expect: PYTHON-FLASK-SEC-019
    instance.config.update(SECRET_KEY="dev", SESSION_COOKIE_SECURE=True)  # expect: PYTHON-FLASK-SEC-019
    return instance


def create_api():
    api = Flask(__name__)
    api.config.from_mapping({"SECRET_KEY": "a5f0e1", "DEBUG": False})  # expect: PYTHON-FLASK-SEC-019
    # The JWT extension signs tokens with this key.
    api.config["JWT_SECRET_KEY"] = "jwt-signing-key"  # expect: PYTHON-FLASK-SEC-019
    JWTManager(api)
    return api


def create_token_service():
    service = Flask(__name__)
    service.config["JWT_SECRET"] = "hs256-shared-9c2f"  # expect: PYTHON-FLASK-SEC-019
    return service


def issue(service, payload):
    import jwt

    return jwt.encode(payload, service.config["JWT_SECRET"], algorithm="HS256")
