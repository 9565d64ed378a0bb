"""Test-data loader used by the staging environment to seed databases from YAML fixtures."""

import pathlib

import yaml


def load_fixtures(directory):
    documents = []
    for path in sorted(pathlib.Path(directory).glob("*.yaml")):
        with path.open() as fh:
            documents.extend(yaml.load_all(fh))  # expect: PYTHON-LANG-SEC-041
    return documents


def load_one(path):
    with open(path) as fh:
        return yaml.load(fh, yaml.CUnsafeLoader)  # expect: PYTHON-LANG-SEC-041
