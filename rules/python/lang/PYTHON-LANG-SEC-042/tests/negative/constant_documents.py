import jsonpickle

EMPTY_CART = '{"py/object": "builtins.dict"}'


def empty_cart():
    # ok: PYTHON-LANG-SEC-042
    return jsonpickle.decode(EMPTY_CART)
