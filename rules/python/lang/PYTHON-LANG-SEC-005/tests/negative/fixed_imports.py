"""Look-alikes: constant module names, configuration set by the developer, and allow-listed choices."""

import importlib
import importlib.util
import runpy

from django.conf import settings
from django.utils.module_loading import import_string

EXPORTERS = {
    "csv": "exporters.csv_exporter",
    "json": "exporters.json_exporter",
}

json_module = importlib.import_module("json")  # ok: PYTHON-LANG-SEC-005
backends = importlib.import_module(".backends", package=__name__)  # ok: PYTHON-LANG-SEC-005
__import__("pkg_resources").declare_namespace(__name__)  # ok: PYTHON-LANG-SEC-005

FAST_JSON = "orjson"


def fast_json():
    try:
        return importlib.import_module(FAST_JSON)  # ok: PYTHON-LANG-SEC-005
    except ImportError:
        return json_module


def cache_backend():
    # Read from the settings module the developer ships, not from a request.
    return import_string(settings.CACHE_BACKEND)  # ok: PYTHON-LANG-SEC-005


def run_bundled_script():
    return runpy.run_module("myapp.maintenance", run_name="__main__")  # ok: PYTHON-LANG-SEC-005


def run_setup_helper():
    return runpy.run_path("scripts/bootstrap.py")  # ok: PYTHON-LANG-SEC-005


def exporter_for(fmt):
    # Allow-list lookup: every possible value is a fixed module name. The engine does not yet know that all
    # values of EXPORTERS are constants, so this is reported.
    return importlib.import_module(EXPORTERS[fmt])  # todook: PYTHON-LANG-SEC-005


def exporter_checked(fmt):
    if fmt not in ("csv_exporter", "json_exporter"):
        raise ValueError(fmt)
    # A guard before the call is not visible to a pattern rule.
    return importlib.import_module("exporters." + fmt)  # todook: PYTHON-LANG-SEC-005


def timezone_data():
    return importlib.import_module("zoneinfo").ZoneInfo("UTC")  # ok: PYTHON-LANG-SEC-005


def reload_settings():
    return importlib.reload(settings)  # ok: PYTHON-LANG-SEC-005


def optional_speedups():
    for candidate in ("ujson", "simplejson"):
        try:
            return __import__(candidate)  # todook: PYTHON-LANG-SEC-005
        except ImportError:
            continue
    return importlib.import_module("json")  # ok: PYTHON-LANG-SEC-005


def locate_plugin_spec(name):
    # find_spec() only locates a module; nothing is executed.
    return importlib.util.find_spec(name)  # ok: PYTHON-LANG-SEC-005
