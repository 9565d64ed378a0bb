"""Host names from the environment, in a module that is not a settings module."""

import os

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")  # ok: PYTHON-DJANGO-SEC-090
PROXY_ALLOWED_HOSTS = ["*"]  # ok: PYTHON-DJANGO-SEC-090
