import dill

EMPTY = b"\x80\x04}\x94."


def empty_registry():
    # ok: PYTHON-LANG-SEC-046
    return dill.loads(EMPTY)
