"""Runs user-defined automation hooks stored with each project."""

import builtins
import logging
import textwrap

log = logging.getLogger(__name__)


class HookRunner:
    def __init__(self, store):
        self.store = store

    def run(self, project_id, event):
        hook = self.store.get_hook(project_id, event.name)
        if hook is None:
            return None
        namespace = {"event": event, "log": log}
        # The hook body comes from the database: anyone who can edit a project runs code on the worker.
        exec(hook.source, namespace)  # expect: PYTHON-LANG-SEC-002
        return namespace.get("result")

    def run_compiled(self, project_id, source):
        code_obj = compile(textwrap.dedent(source), f"<hook {project_id}>", "exec")
        exec(code_obj, {"__builtins__": {}})  # expect: PYTHON-LANG-SEC-002


def define_handler(name, body):
    # Building a function from text: both the name and the body end up executed.
    template = f"def {name}(request):\n" + textwrap.indent(body, "    ")
    scope = {}
    builtins.exec(template, scope)  # expect: PYTHON-LANG-SEC-002
    return scope[name]


def apply_patch_script(path):
    with open(path, encoding="utf-8") as fh:
        exec(fh.read())  # expect: PYTHON-LANG-SEC-002
