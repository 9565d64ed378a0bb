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


@app.post("/c457")
async def case_457(request: Request):
    uid = request.query_params.get("uid", "")
    conn.search("dc=example,dc=com", "(uid=" + escape_filter_chars(uid) + ")")
    return {"ok": True}
