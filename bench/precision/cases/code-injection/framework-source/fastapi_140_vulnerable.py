import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c140")
async def case_140(request: Request):
    form = await request.form()
    expr = form["expr"]
    exec(expr)
    return {"ok": True}
