import ast
import operator
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c102")
async def case_102(request: Request):
    expr = (await request.json())["expr"]
    result = eval("float(x)", {"__builtins__": {}}, {"x": float(expr)})
    return {"ok": True}
