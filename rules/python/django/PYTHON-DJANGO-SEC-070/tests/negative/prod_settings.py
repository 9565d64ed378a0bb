"""Production settings with the cookie protections on."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SESSION_COOKIE_SECURE = True  # ok: PYTHON-DJANGO-SEC-070
CSRF_COOKIE_SECURE = True  # ok: PYTHON-DJANGO-SEC-070
SESSION_COOKIE_HTTPONLY = True  # ok: PYTHON-DJANGO-SEC-070
SESSION_COOKIE_SAMESITE = "Lax"  # ok: PYTHON-DJANGO-SEC-070
CSRF_COOKIE_SAMESITE = "Strict"  # ok: PYTHON-DJANGO-SEC-070
# Read from the environment: not a constant the rule can judge.
CSRF_COOKIE_HTTPONLY = os.environ.get("CSRF_COOKIE_HTTPONLY") == "1"
