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


@app.post("/c489")
async def case_489(uid: str = Query("")):
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
    return {"ok": True}
