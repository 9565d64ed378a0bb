"""Loads report plugins by name or from a plugins directory."""

import importlib
import importlib.util as iu
import os
import sys

PLUGIN_DIR = "/srv/app/plugins"
DB_DRIVER = importlib.import_module(os.environ.get("DB_DRIVER", "sqlite3"))  # expect: PYTHON-LANG-SEC-005


def load_by_name(name):
    # "name" comes from the request: ../ is not needed, any importable module name works ("os", "antigravity"...).
    return importlib.import_module(f"reports.plugins.{name}")  # expect: PYTHON-LANG-SEC-005


def load_legacy(module_name):
    module = __import__(module_name, fromlist=["Report"])  # expect: PYTHON-LANG-SEC-005
    return module.Report


def load_by_keyword(module_name):
    return importlib.import_module(name=module_name)  # expect: PYTHON-LANG-SEC-005


def load_from_file(filename):
    path = os.path.join(PLUGIN_DIR, filename)
    spec = iu.spec_from_file_location("uploaded_plugin", path)  # expect: PYTHON-LANG-SEC-005
    module = iu.module_from_spec(spec)
    sys.modules["uploaded_plugin"] = module
    spec.loader.exec_module(module)
    return module


class PluginRegistry:
    def __init__(self, names):
        self.names = names
        self.modules = {}

    def load_all(self):
        for entry in self.names:
            self.modules[entry] = importlib.import_module(entry)  # expect: PYTHON-LANG-SEC-005
        return self.modules
