"""Document store: users download, upload and preview files kept under /srv/docs."""

import codecs
import io
import os

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
DOCS_DIR = "/srv/docs"


@app.route("/raw")
def raw():
    # ?name=../../etc/passwd, or an absolute path
    with open(request.args["name"]) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/download")
def download():
    name = request.args.get("file", "readme.txt")
    path = os.path.join(DOCS_DIR, name)
    fh = open(path, "rb")  # expect: PYTHON-FLASK-SEC-007
    return send_file(fh, download_name=os.path.basename(path))


@app.route("/upload", methods=["POST"])
def upload():
    saved = []
    for item in request.files.getlist("documents"):
        target = f"{DOCS_DIR}/incoming/{item.filename}"
        with io.open(target, "wb") as out:  # expect: PYTHON-FLASK-SEC-007
            out.write(item.read())
        saved.append(target)
    return jsonify(saved=saved)


@app.route("/preview")
def preview():
    lang = request.cookies.get("lang", "en")
    if lang == "en":
        template = DOCS_DIR + "/templates/preview.txt"
    else:
        template = DOCS_DIR + "/templates/preview.%s.txt" % lang
    with codecs.open(template, encoding="utf-8") as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/append", methods=["POST"])
def append_note():
    payload = request.get_json()
    fd = os.open("{}/notes/{}".format(DOCS_DIR, payload["note"]), os.O_WRONLY | os.O_APPEND)  # expect: PYTHON-FLASK-SEC-007
    os.write(fd, payload["text"].encode())
    os.close(fd)
    return jsonify(ok=True)
