import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c113")
async def case_113(expr: str = Body(..., embed=True)):
    ctx = {}
    ctx["raw"] = expr
    ctx["value"] = "1 + 1"
    target = ctx["value"]
    exec(target)
    return {"ok": True}
