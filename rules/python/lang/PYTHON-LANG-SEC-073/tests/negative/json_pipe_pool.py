"""Thumbnail worker that speaks JSON over the pipe instead of pickle."""

import json
import multiprocessing
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

MAX_MESSAGE = 64 * 1024


def thumbnail_worker(conn: Connection) -> None:
    while True:
        raw = conn.recv_bytes(MAX_MESSAGE)  # ok: PYTHON-LANG-SEC-073
        job = json.loads(raw)
        if job is None:
            break
        conn.send_bytes(json.dumps({"target": job["target"], "ok": True}).encode())


def make_thumbnails(jobs):
    parent_end, child_end = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=thumbnail_worker, args=(child_end,))
    proc.start()
    results = []
    for job in jobs:
        parent_end.send_bytes(json.dumps(job).encode())
        results.append(json.loads(parent_end.recv_bytes()))  # ok: PYTHON-LANG-SEC-073
    parent_end.send_bytes(b"null")
    proc.join()
    return results


def progress_reporter(total, conn: Connection) -> None:
    for done in range(1, total + 1):
        conn.send_bytes(done.to_bytes(4, "big"))


def watch_progress(total):
    reader, writer = Pipe(duplex=False)
    proc = Process(target=progress_reporter, args=(total, writer))
    proc.start()
    writer.close()
    buffer = bytearray(4)
    while proc.is_alive() or reader.poll():  # ok: PYTHON-LANG-SEC-073
        size = reader.recv_bytes_into(buffer)  # ok: PYTHON-LANG-SEC-073
        print(int.from_bytes(buffer[:size], "big"), "/", total)
    proc.join()
