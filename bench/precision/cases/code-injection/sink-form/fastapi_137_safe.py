import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c137")
async def case_137(item: Item):
    expr = item.name
    value = ast.literal_eval(expr)
    return {"ok": True}
