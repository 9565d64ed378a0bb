"""The same FastAPI and Lambda searches with the value escaped or checked first."""

import ldap3
from fastapi import FastAPI
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
SERVER = ldap3.Server("ldaps://ldap.example.com")
BASE = "ou=people,dc=example,dc=com"


@app.get("/people")
async def people(name: str = ""):
    conn = ldap3.Connection(SERVER, auto_bind=True)
    # ok: PYTHON-LANG-SEC-111
    conn.search(BASE, f"(cn={escape_filter_chars(name)})", attributes=["mail"])
    return {"mail": [str(e.mail) for e in conn.entries]}


def lambda_handler(event, context):
    uid = event["pathParameters"]["uid"]
    if not uid.isalnum():
        return {"statusCode": 400, "body": "bad uid"}
    conn = ldap3.Connection(SERVER, auto_bind=True)
    # ok: PYTHON-LANG-SEC-111
    conn.search(BASE, "(uid=" + uid + ")")
    return {"statusCode": 200, "body": str(bool(conn.entries))}
