"""Settings for a developer's machine, served over plain http://localhost."""

SESSION_COOKIE_SECURE = False  # ok: PYTHON-DJANGO-SEC-070
CSRF_COOKIE_SECURE = False  # ok: PYTHON-DJANGO-SEC-070
