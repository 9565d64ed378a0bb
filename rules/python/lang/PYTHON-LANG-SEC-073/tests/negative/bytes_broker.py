"""Job broker that exchanges length-limited JSON messages instead of pickles."""

import json
import os
from multiprocessing.connection import Client, Listener

BROKER_ADDRESS = ("127.0.0.1", 6001)
AUTHKEY = os.environb[b"BROKER_AUTHKEY"]
MAX_MESSAGE = 16 * 1024


def submit(job):
    with Client(BROKER_ADDRESS, authkey=AUTHKEY) as conn:
        conn.send_bytes(json.dumps(job).encode())
        return json.loads(conn.recv_bytes(MAX_MESSAGE))  # ok: PYTHON-LANG-SEC-073


def run_broker(jobs):
    with Listener(BROKER_ADDRESS, authkey=AUTHKEY) as listener:
        while True:
            with listener.accept() as conn:
                job = json.loads(conn.recv_bytes(MAX_MESSAGE))  # ok: PYTHON-LANG-SEC-073
                jobs.append(job)
                conn.send_bytes(json.dumps({"id": len(jobs)}).encode())
