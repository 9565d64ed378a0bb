"""The document store with safe paths: sanitized names, safe_join, numeric ids, server-side paths."""

import codecs
import io
import os

from flask import Flask, abort, current_app, jsonify, request, send_file
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
DOCS_DIR = "/srv/docs"
LANGUAGES = {"en": "preview.txt", "de": "preview.de.txt"}


@app.route("/raw")
def raw():
    with open(os.path.join(DOCS_DIR, secure_filename(request.args["name"]))) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/download")
def download():
    path = safe_join(DOCS_DIR, request.args.get("file", "readme.txt"))
    if path is None:
        abort(404)
    fh = open(path, "rb")  # ok: PYTHON-FLASK-SEC-007
    return send_file(fh, download_name=os.path.basename(path))


@app.route("/upload", methods=["POST"])
def upload():
    saved = []
    for item in request.files.getlist("documents"):
        name = os.path.basename(item.filename)
        target = f"{DOCS_DIR}/incoming/{name}"
        with io.open(target, "wb") as out:  # ok: PYTHON-FLASK-SEC-007
            out.write(item.read())
        saved.append(target)
    return jsonify(saved=saved)


@app.route("/preview")
def preview():
    # Values from server configuration, the environment and a constant table.
    template_dir = current_app.config.get("TEMPLATE_DIR", DOCS_DIR + "/templates")
    template = LANGUAGES.get("de")
    with codecs.open(os.path.join(template_dir, template), encoding="utf-8") as fh:  # ok: PYTHON-FLASK-SEC-007
        text = fh.read()
    footer_path = os.environ.get("FOOTER_FILE", "/srv/docs/footer.txt")
    with open(footer_path) as fh:  # ok: PYTHON-FLASK-SEC-007
        return text + fh.read()


@app.route("/invoice")
def invoice():
    number = int(request.args["id"])
    with open(f"{DOCS_DIR}/invoices/{number}.pdf", "rb") as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/changelog")
def changelog():
    name = request.args.get("file", "CHANGELOG.md")
    name = "CHANGELOG.md"
    fd = os.open(os.path.join(DOCS_DIR, name), os.O_RDONLY)  # ok: PYTHON-FLASK-SEC-007
    try:
        return os.read(fd, 65536)
    finally:
        os.close(fd)


ATTACHMENTS = {"terms": "/srv/docs/terms.pdf", "privacy": "/srv/docs/privacy.pdf"}


@app.route("/attachment")
def attachment():
    # The request picks a key; the path comes from the constant table.
    with open(ATTACHMENTS[request.args.get("kind", "terms")], "rb") as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()
