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


@app.get("/c263/{state}")
async def case_263(state: str):
    if state in {"gASVCQAAAAAAAACMBWd1ZXN0lC4=", "gASVCQAAAAAAAACMBWd1ZXN0lC4=-2"}:
        cfg = yaml.unsafe_load(state)
    return {"ok": True}
