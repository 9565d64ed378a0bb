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


@app.post("/c251")
async def case_251(request: Request):
    state = request.query_params.get("state", "")
    cfg = yaml.safe_load(state)
    return {"ok": True}
