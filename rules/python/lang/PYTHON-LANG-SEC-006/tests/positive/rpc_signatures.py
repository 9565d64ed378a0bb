"""RPC server that validates arguments against the handler's annotations."""

from typing_extensions import get_type_hints as hints_of

REGISTRY = {}


def register(func):
    REGISTRY[func.__name__] = func
    return func


def validate(method_name, kwargs):
    handler = REGISTRY[method_name]
    expected = hints_of(handler)  # expect: PYTHON-LANG-SEC-006
    for key, value in kwargs.items():
        if not isinstance(value, expected[key]):
            raise TypeError(key)
    return handler
