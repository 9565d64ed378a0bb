"""Form builder: tenants describe their own record types as {"field": "type name"} in JSON."""

import inspect
import json
import os
import typing
from typing import ForwardRef, get_type_hints

TYPE_NAMESPACE = {"int": int, "str": str, "float": float, "list": list}
EXTRA_FIELD_TYPE = ForwardRef(os.environ.get("EXTRA_FIELD_TYPE", "str"))  # expect: PYTHON-LANG-SEC-006


def build_record_type(tenant_schema: str):
    schema = json.loads(tenant_schema)
    # The annotation strings are tenant data: "__import__('os').system('id')" is a valid "type".
    record = type(schema["name"], (), {"__annotations__": dict(schema["fields"])})
    return get_type_hints(record, globalns=TYPE_NAMESPACE)  # expect: PYTHON-LANG-SEC-006


def resolve_field_type(type_name: str):
    ref = ForwardRef(type_name)  # expect: PYTHON-LANG-SEC-006
    return ref._evaluate(TYPE_NAMESPACE, None, recursive_guard=frozenset())


def resolve_keyword(type_name: str):
    return typing.ForwardRef(arg=type_name)  # expect: PYTHON-LANG-SEC-006


class Validator:
    def __init__(self, handler):
        self.handler = handler

    def parameter_types(self):
        return inspect.get_annotations(self.handler, eval_str=True)  # expect: PYTHON-LANG-SEC-006

    def return_type(self):
        hints = typing.get_type_hints(obj=self.handler)  # expect: PYTHON-LANG-SEC-006
        return hints.get("return")
