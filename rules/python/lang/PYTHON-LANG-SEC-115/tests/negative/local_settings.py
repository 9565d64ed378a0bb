"""Settings for a developer's machine."""

DEBUG = True  # ok: PYTHON-LANG-SEC-115
