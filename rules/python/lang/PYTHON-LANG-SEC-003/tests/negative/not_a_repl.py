"""Look-alikes: other classes called InteractiveConsole, constant sources, and objects with push()."""

import codecs
import code

from rich.console import Console
from myapp.ui.widgets import InteractiveConsole  # the application's own log viewer widget

STARTUP = "import math"


class TaskStack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)


def show_log(lines):
    viewer = InteractiveConsole(title="Build log")  # ok: PYTHON-LANG-SEC-003
    viewer.push("\n".join(lines))  # ok: PYTHON-LANG-SEC-003
    return viewer


def pretty(report):
    Console().print(report)  # ok: PYTHON-LANG-SEC-003


def schedule(task):
    stack = TaskStack()
    stack.push(task)  # ok: PYTHON-LANG-SEC-003
    return stack


def read_latin1(path):
    with codecs.open(path, encoding="latin-1") as fh:  # ok: PYTHON-LANG-SEC-003
        return fh.read()


def startup_is_complete():
    # A constant source written by the developer is only compiled.
    return code.compile_command(STARTUP) is not None  # ok: PYTHON-LANG-SEC-003


def error_name(response):
    code_value = response.status_code
    return {404: "not found", 500: "server error"}.get(code_value, "other")


def preload(console: code.InteractiveConsole):
    # The console was created elsewhere; feeding it a constant line is not an injection point.
    console.push(STARTUP)  # ok: PYTHON-LANG-SEC-003


def run_cell(kernel, cell_source):
    # A notebook kernel client of another library, not the code module.
    return kernel.runsource(cell_source)  # ok: PYTHON-LANG-SEC-003


def check_snippet_is_complete():
    return code.compile_command(source="for i in range(3):") is None  # ok: PYTHON-LANG-SEC-003
