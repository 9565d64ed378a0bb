"""Token endpoints of a Flask API."""

import os

import jwt
from flask import Flask, jsonify, request
from flask_jwt_extended import create_access_token, current_user
from jose import jwt as jose_jwt

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.post("/api/remember")
def remember():
    data = request.get_json()
    # The password typed into the login form ends up in a readable token.
    token = jwt.encode({"sub": data["username"], "pwd": data["password"]}, SECRET, algorithm="HS256")  # expect: PYTHON-JWT-SEC-005
    return jsonify(token=token)


@app.post("/api/share")
def share():
    claims = {"email": request.form["email"], "phone": request.form.get("phone")}
    if request.form.get("card"):
        claims["card"] = request.form["card"]
    return jsonify(token=jwt.encode(claims, SECRET, algorithm="HS256"))  # expect: PYTHON-JWT-SEC-005


@app.post("/api/invite")
def invite():
    # The client chooses its own role claim, and the server signs it.
    extra = {"role": request.json.get("role", "viewer")}
    return jsonify(token=create_access_token(identity=current_user.id, additional_claims=extra))  # expect: PYTHON-JWT-SEC-005


def make_embed_token(profile):
    # Reported here: the view below passes request data to it.
    return jwt.encode({"profile": profile, "scope": "embed"}, SECRET, algorithm="HS256")  # expect: PYTHON-JWT-SEC-005


@app.get("/api/embed")
def embed():
    return jsonify(token=make_embed_token(request.args.to_dict()))


@app.post("/api/bulk")
def bulk():
    tokens = []
    for entry in request.json["entries"]:
        tokens.append(jose_jwt.encode({"sub": entry["id"], "ssn": entry["ssn"]}, SECRET))  # expect: PYTHON-JWT-SEC-005
    return jsonify(tokens=tokens)
