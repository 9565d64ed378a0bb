"""Media conversion done safely: argument lists, quoting, conversions and server-side values."""

import os
import shlex
import subprocess

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"
FORMATS = {"mp4": "libx264", "webm": "libvpx"}


@app.route("/convert", methods=["POST"])
def convert():
    source = os.path.join(UPLOADS, request.form["file"])
    fmt = request.form.get("format", "mp4")
    # No shell and a fixed program: the values are plain arguments.
    subprocess.run(["ffmpeg", "-y", "-i", source, source + "." + fmt], check=True)  # ok: PYTHON-FLASK-SEC-002
    return jsonify(status="queued")


@app.route("/thumbnail")
def thumbnail():
    image = shlex.quote(request.args["image"])
    size = shlex.quote(request.args.get("size", "128x128"))
    return subprocess.check_output(  # ok: PYTHON-FLASK-SEC-002
        "convert " + image + " -thumbnail " + size + " png:-",
        shell=True,
    )


@app.route("/probe")
def probe():
    line = shlex.join(["ffprobe", "-hide_banner", request.args.get("path", "")])
    return jsonify(info=subprocess.getoutput(line))  # ok: PYTHON-FLASK-SEC-002


@app.route("/seek")
def seek():
    seconds = int(request.args.get("t", "0"))
    subprocess.run(f"ffmpeg -ss {seconds} -i in.mp4 -frames:v 1 out.png", shell=True)  # ok: PYTHON-FLASK-SEC-002
    return jsonify(ok=True)


@app.route("/maintenance")
def maintenance():
    # Server-side values read with .get(): configuration, environment and a constant table.
    cache_dir = current_app.config.get("CACHE_DIR", "/tmp/media-cache")
    subprocess.run("rm -rf " + cache_dir + "/*", shell=True)  # ok: PYTHON-FLASK-SEC-002
    ffmpeg = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")
    subprocess.run([ffmpeg, "-version"], check=True)  # ok: PYTHON-FLASK-SEC-002
    codec = FORMATS.get("mp4")
    subprocess.run("ffmpeg -codecs | grep " + codec, shell=True)  # ok: PYTHON-FLASK-SEC-002
    return jsonify(ok=True)


@app.route("/rebuild")
def rebuild():
    target = request.args.get("target", "all")
    target = "all"
    subprocess.run("make " + target, shell=True, cwd="/srv/build")  # ok: PYTHON-FLASK-SEC-002
    return jsonify(ok=True)


@app.route("/filters", methods=["POST"])
def apply_filters():
    steps = []
    for name in request.get_json()["filters"]:
        steps.append(shlex.quote(name))
    script = "ffmpeg -i in.mp4 -vf " + ",".join(steps) + " out.mp4"
    proc = subprocess.Popen(["/bin/sh", "-c", script])  # ok: PYTHON-FLASK-SEC-002
    return jsonify(pid=proc.pid)
