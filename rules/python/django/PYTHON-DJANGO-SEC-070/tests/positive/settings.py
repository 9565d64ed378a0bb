"""Production settings that switch off the session and CSRF cookies' protections."""

import os

from django.utils.translation import gettext_lazy as _

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SESSION_COOKIE_SECURE = False  # expect: PYTHON-DJANGO-SEC-070
CSRF_COOKIE_SECURE = False  # expect: PYTHON-DJANGO-SEC-070
SESSION_COOKIE_HTTPONLY = False  # expect: PYTHON-DJANGO-SEC-070
# Sent on cross-site requests as well.
SESSION_COOKIE_SAMESITE = None  # expect: PYTHON-DJANGO-SEC-070
CSRF_COOKIE_SAMESITE = "None"  # expect: PYTHON-DJANGO-SEC-070

LANGUAGES = [("en", _("English")), ("de", _("German"))]
