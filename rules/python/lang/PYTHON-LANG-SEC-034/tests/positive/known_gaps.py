"""Forms the rule does not see yet (documented gaps)."""

import hashlib


def register(request):
    # A password read through a string key: variable() does not look at subscript keys.
    return hashlib.md5(request.form["password"].encode()).hexdigest()  # todoruleid: PYTHON-LANG-SEC-034


def rehash(secret_value):
    # A generic hasher name: md5() and sha1() objects share one inferred type, so update() cannot be told apart.
    h = hashlib.md5()
    h.update(secret_value.password.encode())  # todoruleid: PYTHON-LANG-SEC-034
    return h.hexdigest()
