"""Thumbnail worker: the parent sends image paths down a pipe, the child answers with sizes."""

import multiprocessing
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

from PIL import Image


def thumbnail_worker(conn: Connection) -> None:
    while True:
        job = conn.recv()  # expect: PYTHON-LANG-SEC-073
        if job is None:
            break
        source, target = job
        with Image.open(source) as image:
            image.thumbnail((256, 256))
            image.save(target)
            conn.send((target, image.size))


def make_thumbnails(jobs):
    parent_end, child_end = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=thumbnail_worker, args=(child_end,))
    proc.start()
    results = []
    for job in jobs:
        parent_end.send(job)
        results.append(parent_end.recv())  # expect: PYTHON-LANG-SEC-073
    parent_end.send(None)
    proc.join()
    return results


def report_progress(total, progress_conn: Connection) -> None:
    for done in range(1, total + 1):
        progress_conn.send({"done": done, "total": total})


def watch_progress(total):
    reader, writer = Pipe(duplex=False)
    proc = Process(target=report_progress, args=(total, writer))
    proc.start()
    writer.close()
    while proc.is_alive() or reader.poll():
        update = reader.recv()  # expect: PYTHON-LANG-SEC-073
        print(f"{update['done']}/{update['total']}")
    proc.join()
