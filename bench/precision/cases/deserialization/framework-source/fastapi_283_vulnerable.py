import base64
import json
import pickle
import yaml
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c283")
async def case_283(request: Request):
    state = (await request.json())["state"]
    cfg = yaml.load(state, Loader=yaml.Loader)
    return {"ok": True}
