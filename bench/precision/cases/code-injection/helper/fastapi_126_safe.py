import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


@app.post("/c126")
async def case_126(request: Request):
    target = str(get_count(request, "expr"))
    result = eval("lambda x: " + target)
    return {"ok": True}
