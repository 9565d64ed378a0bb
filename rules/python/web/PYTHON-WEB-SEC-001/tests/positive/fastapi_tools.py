import asyncio
import os
import subprocess

from fastapi import APIRouter, Body, Cookie, FastAPI, Header, Query, Request
from pydantic import BaseModel

app = FastAPI()
router = APIRouter()


class Job(BaseModel):
    target: str


@app.get("/ping")
async def ping(host: str = Query(...)):
    # ruleid: PYTHON-WEB-SEC-001
    os.system("ping -c 1 " + host)
    return {"ok": True}


@app.get("/trace/{host}")
def trace(host: str):
    # ruleid: PYTHON-WEB-SEC-001
    return subprocess.check_output(f"traceroute {host}", shell=True)


@router.post("/jobs")
async def run_job(job: Job, x_queue: str = Header("default")):
    # ruleid: PYTHON-WEB-SEC-001
    subprocess.run(["sh", "-c", "tar czf /tmp/out.tgz " + job.target])
    # ruleid: PYTHON-WEB-SEC-001
    os.popen("qctl submit " + x_queue)


@app.post("/convert")
async def convert(request: Request):
    payload = await request.json()
    form = await request.form()
    # ruleid: PYTHON-WEB-SEC-001
    proc = await asyncio.create_subprocess_shell("convert " + payload["src"] + " out.png")
    # ruleid: PYTHON-WEB-SEC-001
    os.system("lpr " + form["printer"])
    # ruleid: PYTHON-WEB-SEC-001
    os.system("grep " + request.query_params["q"] + " /srv/log")
    return proc.pid


@app.get("/theme")
def theme(session: str = Cookie(""), note: str = Body("", embed=True)):
    # ruleid: PYTHON-WEB-SEC-001
    os.system(f"themectl set {session} {note}")
