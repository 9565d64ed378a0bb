"""Job broker on a private network: producers submit jobs, the broker hands back job ids."""

import itertools
import os
from multiprocessing.connection import Client, Listener

BROKER_ADDRESS = ("broker.internal", 6001)
AUTHKEY = os.environb.get(b"BROKER_AUTHKEY", b"")


def submit(job):
    conn = Client(BROKER_ADDRESS, authkey=AUTHKEY)
    try:
        conn.send(job)
        reply = conn.recv()  # expect: PYTHON-LANG-SEC-073
    finally:
        conn.close()
    return reply


def run_broker(queue):
    ids = itertools.count(1)
    listener = Listener(BROKER_ADDRESS, authkey=AUTHKEY)
    while True:
        conn = listener.accept()
        job = conn.recv()  # expect: PYTHON-LANG-SEC-073
        job_id = next(ids)
        queue.append((job_id, job))
        conn.send(job_id)
        conn.close()


def serve_one_status_request(status):
    with Listener(("broker.internal", 6002)) as listener:
        with listener.accept() as conn:
            request = conn.recv()  # expect: PYTHON-LANG-SEC-073
            conn.send(status.get(request, "unknown"))
