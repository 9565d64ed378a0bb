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


@app.post("/c276")
async def case_276(state: str = Query("")):
    data = json.loads(json.dumps({"q": state, "k": "gASVCQAAAAAAAACMBWd1ZXN0lC4="}))
    target = data["k"]
    obj = pickle.loads(target.encode("latin-1"))
    return {"ok": True}
