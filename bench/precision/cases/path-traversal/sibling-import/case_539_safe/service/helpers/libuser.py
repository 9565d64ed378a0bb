import os

BASE = "/srv/data"


def read_doc(name):
    with open(os.path.join(BASE, os.path.basename(name))) as fh:
        return fh.read()
