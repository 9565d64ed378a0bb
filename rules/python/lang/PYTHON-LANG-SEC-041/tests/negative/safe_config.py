"""Safe look-alikes: safe loaders, the data-only base loader, dumping, and other parsers."""

import json

import yaml
from yaml import CSafeLoader, SafeLoader


def read_descriptor(path):
    with open(path) as fh:
        return yaml.safe_load(fh)  # ok: PYTHON-LANG-SEC-041


def read_overrides(text):
    return yaml.load(text, Loader=yaml.SafeLoader)  # ok: PYTHON-LANG-SEC-041


def read_fast(text):
    return yaml.load(text, CSafeLoader)  # ok: PYTHON-LANG-SEC-041


def read_strings_only(text):
    return yaml.load(text, Loader=yaml.BaseLoader)  # ok: PYTHON-LANG-SEC-041


def read_all(stream):
    return list(yaml.load_all(stream, Loader=SafeLoader))  # ok: PYTHON-LANG-SEC-041


def read_full(text):
    # FullLoader refuses arbitrary Python objects on PyYAML >= 5.4.
    return yaml.full_load(text)  # ok: PYTHON-LANG-SEC-041


def read_all_safe(stream):
    return list(yaml.safe_load_all(stream))  # ok: PYTHON-LANG-SEC-041


def write(data):
    return yaml.dump(data, Dumper=yaml.SafeDumper)  # ok: PYTHON-LANG-SEC-041


def read_json(text):
    return json.loads(text)  # ok: PYTHON-LANG-SEC-041


def read_with_ruamel(path):
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    with open(path) as fh:
        return yaml.load(fh)  # ok: PYTHON-LANG-SEC-041


class RoundTripConfig:
    def __init__(self):
        from ruamel.yaml import YAML

        self.yaml = YAML()

    def read(self, text):
        return self.yaml.load(text)  # ok: PYTHON-LANG-SEC-041
