"""Production settings with explicit host names."""

import os

ALLOWED_HOSTS = ["shop.example.com", ".shop.example.com"]  # ok: PYTHON-DJANGO-SEC-090
CSRF_TRUSTED_ORIGINS = ["https://*.shop.example.com"]  # ok: PYTHON-DJANGO-SEC-090
INTERNAL_IPS = ["*"]  # ok: PYTHON-DJANGO-SEC-090
