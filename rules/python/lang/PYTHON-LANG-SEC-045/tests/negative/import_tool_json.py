"""Safe look-alikes: settings imported from a JSON export into a dbm store of JSON strings."""

import dbm
import json


def import_settings(path, db_path):
    with open(path, encoding="utf-8") as fh:  # ok: PYTHON-LANG-SEC-045
        exported = json.load(fh)  # ok: PYTHON-LANG-SEC-045
    with dbm.open(db_path, "c") as db:  # ok: PYTHON-LANG-SEC-045
        for key, value in exported.items():
            db[key] = json.dumps(value)
