import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c114")
async def case_114(x_expr: str = Header("")):
    expr = x_expr
    ctx = {}
    ctx["value"] = "1 + 1"
    ctx["value"] = expr
    target = ctx["value"]
    exec(target)
    return {"ok": True}
