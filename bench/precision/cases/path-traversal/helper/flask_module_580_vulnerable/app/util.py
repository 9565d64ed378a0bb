import os

BASE = "/srv/uploads"


def read_upload(req):
    with open(os.path.join(BASE, req.form["name"])) as fh:
        return fh.read()
