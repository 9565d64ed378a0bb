"""Keyword-translation tables and test placeholders: the literal is a field name or a placeholder, not a secret."""

from sqlalchemy.engine import URL

# The DB-API driver calls the password argument "passwd": a table of argument names.
# ok: PYTHON-LANG-SEC-102
TRANSLATE_ARGS = dict(database="db", username="user", password="passwd")


def scratch_database_url(url: URL) -> URL:
    # ok: PYTHON-LANG-SEC-102
    return url.set(password="test")
