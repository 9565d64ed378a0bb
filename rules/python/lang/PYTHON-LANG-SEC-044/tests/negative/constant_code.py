import marshal

# Marshalled constant shipped with the module.
NONE_CODE = b"N"


def sentinel():
    # ok: PYTHON-LANG-SEC-044
    return marshal.loads(NONE_CODE)
