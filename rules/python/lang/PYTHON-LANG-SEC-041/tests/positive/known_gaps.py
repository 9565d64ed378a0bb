"""Forms the rule does not see yet (documented gaps)."""

import yaml

try:
    from yaml import CLoader as Loader
except ImportError:
    from yaml import Loader


def read(stream):
    # Loader is bound twice (try/except), so its value is unknown to the resolver.
    return yaml.load(stream, Loader=Loader)  # todoruleid: PYTHON-LANG-SEC-041
