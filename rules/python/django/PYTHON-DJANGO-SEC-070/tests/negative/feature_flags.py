"""A module that is not a settings module: names that look like settings are ordinary constants."""

SESSION_COOKIE_SECURE = False  # ok: PYTHON-DJANGO-SEC-070


def describe(settings):
    settings.SESSION_COOKIE_SECURE = False  # ok: PYTHON-DJANGO-SEC-070
    return settings
