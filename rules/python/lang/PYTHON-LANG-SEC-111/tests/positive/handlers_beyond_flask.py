"""Directory searches from a FastAPI endpoint and an AWS Lambda function."""

import ldap3
from fastapi import FastAPI

app = FastAPI()
SERVER = ldap3.Server("ldaps://ldap.example.com")
BASE = "ou=people,dc=example,dc=com"


@app.get("/people")
async def people(name: str = ""):
    conn = ldap3.Connection(SERVER, auto_bind=True)
    # ruleid: PYTHON-LANG-SEC-111
    conn.search(BASE, f"(cn={name})", attributes=["mail"])
    return {"mail": [str(e.mail) for e in conn.entries]}


def lambda_handler(event, context):
    uid = event["pathParameters"]["uid"]
    conn = ldap3.Connection(SERVER, auto_bind=True)
    # ruleid: PYTHON-LANG-SEC-111
    conn.search(BASE, "(uid=" + uid + ")")
    return {"statusCode": 200, "body": str(bool(conn.entries))}
