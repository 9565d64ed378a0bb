"""Download endpoints that keep the directory fixed and let Flask join the file name."""

import io
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
INVOICE_DIR = "/srv/invoices"
LOGO = os.path.join(os.path.dirname(__file__), "static", "logo.png")


@app.route("/invoice")
def invoice():
    return send_from_directory(INVOICE_DIR, request.args["name"])  # ok: PYTHON-FLASK-SEC-017


@app.route("/exports/<path:name>")
def export(name):
    return send_from_directory(app.config["EXPORT_FOLDER"], name, as_attachment=True)  # ok: PYTHON-FLASK-SEC-017


@app.route("/logo")
def logo():
    return send_file(LOGO, mimetype="image/png")  # ok: PYTHON-FLASK-SEC-017


@app.route("/terms")
def terms():
    return send_file("static/terms.pdf")  # ok: PYTHON-FLASK-SEC-017


@app.route("/report.csv")
def report_csv():
    buffer = io.BytesIO(b"id,total\n1,10\n")
    return send_file(buffer, mimetype="text/csv", as_attachment=True, download_name="report.csv")  # ok: PYTHON-FLASK-SEC-017


@app.route("/avatar/<int:user_id>")
def avatar(user_id):
    return send_from_directory(os.path.join(app.root_path, "avatars"), f"{user_id}.png")  # ok: PYTHON-FLASK-SEC-017


@app.route("/upload", methods=["POST"])
def upload():
    name = secure_filename(request.files["file"].filename)
    if not name:
        abort(400)
    request.files["file"].save(os.path.join(app.config["UPLOAD_FOLDER"], name))
    return send_from_directory(app.config["UPLOAD_FOLDER"], name)  # ok: PYTHON-FLASK-SEC-017


@app.route("/manual")
def manual():
    return send_file(os.path.join(app.root_path, "docs", "manual.pdf"))  # ok: PYTHON-FLASK-SEC-017


def debugger_resource(data, filename):
    # Werkzeug's send_file always takes the WSGI environ; a BytesIO body is not a path.
    from werkzeug.utils import send_file as wz_send_file

    return wz_send_file(io.BytesIO(data), request.environ, download_name=filename)  # ok: PYTHON-FLASK-SEC-017
