"""Admin helpers: a shell command for operators and a web notebook endpoint."""

import argparse
from code import InteractiveInterpreter, compile_command, interact

import code as repl
from flask import Flask, jsonify, request

from .models import db, User

app = Flask(__name__)
NOTEBOOK = InteractiveInterpreter({"db": db, "User": User})  # expect: PYTHON-LANG-SEC-003


@app.post("/admin/notebook/run")
def notebook_run():
    source = request.get_json()["source"]
    incomplete = NOTEBOOK.runsource(source)  # expect: PYTHON-LANG-SEC-003
    return jsonify({"incomplete": bool(incomplete)})


@app.post("/admin/notebook/cell")
def notebook_cell():
    NOTEBOOK.runsource(source=request.form["cell"], filename="<cell>")  # expect: PYTHON-LANG-SEC-003
    return jsonify({"ok": True})


@app.post("/admin/notebook/check")
def notebook_check():
    compiled = compile_command(request.form["source"])  # expect: PYTHON-LANG-SEC-003
    return jsonify({"complete": compiled is not None})


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--shell", action="store_true")
    args = parser.parse_args(argv)
    if args.shell:
        interact(banner="app shell", local={"db": db, "User": User})  # expect: PYTHON-LANG-SEC-003
        return
    console = repl.InteractiveConsole(locals={"db": db})  # expect: PYTHON-LANG-SEC-003
    console.interact()
