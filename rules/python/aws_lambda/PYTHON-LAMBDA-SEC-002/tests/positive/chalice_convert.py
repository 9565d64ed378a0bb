"""A Chalice API that converts documents with LibreOffice."""

import subprocess

from chalice import Chalice

app = Chalice(app_name="doc-convert")


def requested_format():
    return app.current_request.query_params.get("to", "pdf")


@app.route("/convert/{name}")
def convert(name):
    target = requested_format()
    subprocess.run(  # expect: PYTHON-LAMBDA-SEC-002
        "soffice --headless --convert-to {} /tmp/in/{}".format(target, name),
        shell=True,
        check=True,
    )
    return {"converted": name}


@app.route("/fonts", methods=["POST"])
def install_font():
    font = app.current_request.json_body["font"]
    subprocess.run(["fc-list", font], executable="/usr/bin/" + app.current_request.json_body["tool"])  # expect: PYTHON-LAMBDA-SEC-002
    return {"ok": True}
