"""Look-alikes: globals() with constant keys, read-only introspection, and explicit registries."""

import importlib.metadata
import sys

__all__ = []

try:
    globals()["__version__"] = importlib.metadata.version("myapp")  # ok: PYTHON-LANG-SEC-004
except importlib.metadata.PackageNotFoundError:
    globals()["__version__"] = "0.0.0"  # ok: PYTHON-LANG-SEC-004

globals().update({"DEBUG": False, "LOG_LEVEL": "INFO"})  # ok: PYTHON-LANG-SEC-004
globals().update(TIMEOUT=30, RETRIES=3)  # ok: PYTHON-LANG-SEC-004

HANDLERS = {}


def handler(name):
    def register(func):
        HANDLERS[name] = func
        return func

    return register


@handler("ping")
def ping():
    return "pong"


def dispatch(name, *args):
    # An explicit registry only holds what was registered.
    func = HANDLERS.get(name)  # ok: PYTHON-LANG-SEC-004
    if func is None:
        raise LookupError(name)
    return func(*args)


def public_names():
    return sorted(n for n in globals() if not n.startswith("_"))  # ok: PYTHON-LANG-SEC-004


def has_optional_feature():
    return "tracemalloc" in globals() or globals().get("_SPEEDUPS") is not None  # ok: PYTHON-LANG-SEC-004


def export_all():
    for name, obj in list(globals().items()):  # ok: PYTHON-LANG-SEC-004
        if callable(obj) and not name.startswith("_"):
            __all__.append(name)


def module_settings(overrides):
    settings = dict(DEBUG=False)
    settings.update(overrides)  # ok: PYTHON-LANG-SEC-004
    return settings


def frame_globals():
    return sys._getframe(1).f_globals.get("__name__")  # ok: PYTHON-LANG-SEC-004


def build_namespace(globals, defaults):
    # A parameter that shadows the builtin: `globals[...]` here is an ordinary dict, but the call text is the
    # same as `globals()[...]`, so it is reported until the engine tells the builtin call from the name.
    for name, value in defaults.items():
        globals[name] = value  # todook: PYTHON-LANG-SEC-004
    return globals
