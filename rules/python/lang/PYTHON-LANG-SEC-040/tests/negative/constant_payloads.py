import pickle

# A pickle written into the program by its authors: nobody else chose these bytes.
EMPTY_STATE = b"\x80\x04}\x94."


def initial_state():
    # ok: PYTHON-LANG-SEC-040
    return pickle.loads(EMPTY_STATE)


def sentinel():
    # ok: PYTHON-LANG-SEC-040
    return pickle.loads(b"\x80\x04N.")
