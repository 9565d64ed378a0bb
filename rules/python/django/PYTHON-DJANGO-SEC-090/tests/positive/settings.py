"""Production settings that accept requests for any host name."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["*"]  # expect: PYTHON-DJANGO-SEC-090
