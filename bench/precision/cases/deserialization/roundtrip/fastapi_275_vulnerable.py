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


@app.post("/c275")
async def case_275(state: str = Form("")):
    target = f"{state}"
    obj = pickle.loads(target.encode("latin-1"))
    return {"ok": True}
