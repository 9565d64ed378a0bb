"""Safe look-alikes: safe, base and round-trip ruamel.yaml loaders, and the legacy safe API."""

import ruamel.yaml
from ruamel.yaml import YAML


def load_pipeline(path):
    yaml = YAML(typ="safe")  # ok: PYTHON-LANG-SEC-043
    with open(path) as fh:
        return yaml.load(fh)


def load_preserving_comments(path):
    yaml = YAML()  # ok: PYTHON-LANG-SEC-043
    yaml.preserve_quotes = True
    with open(path) as fh:
        return yaml.load(fh)


def load_strings_only(text):
    return YAML(typ="base").load(text)  # ok: PYTHON-LANG-SEC-043


def load_rt(text):
    return ruamel.yaml.YAML(typ="rt", pure=True).load(text)  # ok: PYTHON-LANG-SEC-043


def load_legacy_safe(text):
    return ruamel.yaml.safe_load(text)  # ok: PYTHON-LANG-SEC-043


def load_legacy_with_safe_loader(text):
    return ruamel.yaml.load(text, Loader=ruamel.yaml.SafeLoader)  # ok: PYTHON-LANG-SEC-043


def load_legacy_round_trip(text):
    return ruamel.yaml.load(text, ruamel.yaml.RoundTripLoader)  # ok: PYTHON-LANG-SEC-043
