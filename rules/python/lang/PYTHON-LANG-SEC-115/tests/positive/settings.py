"""Production settings left in debug mode."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True  # expect: PYTHON-LANG-SEC-115
ALLOWED_HOSTS = ["shop.example.com"]
