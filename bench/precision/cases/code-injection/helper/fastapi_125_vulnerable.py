import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_param(req, key):
    return req.query_params.get(key, "")


@app.post("/c125")
async def case_125(request: Request):
    target = get_param(request, "expr")
    result = eval("lambda x: " + target)
    return {"ok": True}
