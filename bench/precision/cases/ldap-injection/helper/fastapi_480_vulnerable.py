import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

SETTINGS = {"uid": "jdoe"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query_params.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@app.post("/c480")
async def case_480(request: Request):
    params = Params(request)
    target = params.get("uid")
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={target}))")
    return {"ok": True}
