"""Plugin host on Python 3.14: each plugin's code runs in its own interpreter."""

from concurrent import interpreters
from concurrent.interpreters import Interpreter


class PluginHost:
    def __init__(self, store):
        self.store = store

    def load(self, interp: Interpreter, plugin_id):
        source = self.store.fetch_source(plugin_id)
        interp.exec(source)  # expect: PYTHON-LANG-SEC-023

    def hook(self, interp: interpreters.Interpreter, name, payload):
        interp.exec(code=f"{name}({payload!r})")  # expect: PYTHON-LANG-SEC-023


def start(code):
    interp = interpreters.create()
    # The engine does not know what interpreters.create() returns yet.
    interp.exec(code)  # todoruleid: PYTHON-LANG-SEC-023
    return interp
