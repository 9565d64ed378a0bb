"""Safe look-alikes: tokens built from looked-up users, session users, constants and allow-lists."""

import datetime
import os

import jwt
from django.contrib.auth import authenticate
from django.http import JsonResponse
from flask import Flask, abort, jsonify, request
from flask_jwt_extended import create_access_token
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]
ISSUER = os.environ.get("JWT_ISSUER", "shop")
SCOPES = {"free": "read", "pro": "read write"}
defaults = {"aud": "web"}


@app.post("/api/login")
def login():
    data = request.get_json()
    user = User.query.filter_by(username=data["username"]).first()
    if user is None or not check_password_hash(user.password_hash, data["password"]):
        abort(401)
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    # Only the identifier of the user the server looked up, and server-side values.
    token = jwt.encode({"sub": user.id, "exp": expires, "iss": ISSUER}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    # The identity after the password check is not an extra claim.
    access = create_access_token(identity=data["username"])  # ok: PYTHON-JWT-SEC-005
    # Request data only in the header's key id: not a claim (other rules look at headers and keys).
    kid_token = jwt.encode({"sub": user.id}, SECRET, algorithm="HS256", headers={"kid": request.args.get("kid", "v1")})  # ok: PYTHON-JWT-SEC-005
    return jsonify(token=token, access=access, kid_token=kid_token)


def django_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    # The authenticated user, an allow-listed scope, a number, configuration.
    jwt.encode({"sub": user.pk, "scope": SCOPES[request.POST["plan"]]}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    jwt.encode({"sub": request.user.pk, "ttl": int(request.POST["ttl"])}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    jwt.encode({"sub": user.pk, "aud": defaults.get("aud")}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    # Replaced by a constant; only compared.
    audience = request.POST.get("aud")
    audience = "mobile"
    jwt.encode({"sub": user.pk, "aud": audience}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    if request.POST.get("remember") == "on":
        jwt.encode({"sub": user.pk, "remember": True}, SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-005
    return JsonResponse({"ok": True})
