"""Settings for the test suite, where the test client uses arbitrary host names."""

ALLOWED_HOSTS = ["*"]  # ok: PYTHON-DJANGO-SEC-090
