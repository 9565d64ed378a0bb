"""Deployment tool: reads service descriptors that teams upload to the release bucket."""

import sys

import yaml
import yaml as pyyaml
from yaml import Loader, UnsafeLoader
from yaml import load as yaml_load

DESCRIPTOR_LOADER = yaml.CLoader


def read_descriptor(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)  # expect: PYTHON-LANG-SEC-041


def read_overrides(text):
    return yaml.load(text, Loader)  # expect: PYTHON-LANG-SEC-041


def read_legacy(text):
    # No Loader: unsafe on PyYAML < 5.1, a bypassable FullLoader on 5.1-5.3.
    return yaml_load(text)  # expect: PYTHON-LANG-SEC-041


def read_all_documents(stream):
    return list(pyyaml.load_all(stream, Loader=UnsafeLoader))  # expect: PYTHON-LANG-SEC-041


class DescriptorCache:
    def __init__(self, raw):
        self.descriptor = yaml.unsafe_load(raw)  # expect: PYTHON-LANG-SEC-041

    def reload(self, raw):
        self.descriptor = yaml.load(raw, Loader=DESCRIPTOR_LOADER)  # expect: PYTHON-LANG-SEC-041


if __name__ == "__main__":
    for doc in yaml.unsafe_load_all(sys.stdin):  # expect: PYTHON-LANG-SEC-041
        print(doc)
