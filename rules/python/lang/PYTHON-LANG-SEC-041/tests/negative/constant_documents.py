import yaml

DEFAULTS = """
retries: 3
timeout: 10
"""


def default_settings():
    # ok: PYTHON-LANG-SEC-041
    return yaml.load(DEFAULTS, Loader=yaml.Loader)


def empty_settings():
    # ok: PYTHON-LANG-SEC-041
    return yaml.unsafe_load("{}")
