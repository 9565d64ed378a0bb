"""CI pipeline loader: reads pipeline definitions committed by any contributor."""

import ruamel.yaml
from ruamel.yaml import YAML
from ruamel.yaml import YAML as RuamelYAML

import ruamel.yaml as ry

LOADER_KIND = "unsafe"


def load_pipeline(path):
    yaml = YAML(typ="unsafe")  # expect: PYTHON-LANG-SEC-043
    with open(path) as fh:
        return yaml.load(fh)


class PipelineCache:
    def __init__(self):
        self.parser = RuamelYAML(typ=LOADER_KIND, pure=True)  # expect: PYTHON-LANG-SEC-043

    def parse(self, text):
        return self.parser.load(text)


def load_legacy(text):
    # Legacy API (ruamel.yaml < 0.18): no Loader means the unsafe one.
    return ruamel.yaml.load(text)  # expect: PYTHON-LANG-SEC-043


def load_legacy_all(stream):
    return list(ry.load_all(stream, Loader=ry.Loader))  # expect: PYTHON-LANG-SEC-043


def load_legacy_positional(text):
    return ruamel.yaml.load(text, ruamel.yaml.Loader)  # expect: PYTHON-LANG-SEC-043


def make_parser():
    return ruamel.yaml.YAML(typ="unsafe")  # expect: PYTHON-LANG-SEC-043
