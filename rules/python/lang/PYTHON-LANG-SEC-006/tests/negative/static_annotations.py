"""Look-alikes: annotations of classes written in this module, and introspection that evaluates nothing."""

import dataclasses
import inspect
import typing
from typing import ForwardRef, get_type_hints


@dataclasses.dataclass
class Settings:
    host: "str"
    port: "int" = 8080
    parent: "typing.Optional[Settings]" = None


class Node:
    children: "list[Node]"


SETTINGS_HINTS = get_type_hints(Settings)  # ok: PYTHON-LANG-SEC-006
NODE_HINTS = typing.get_type_hints(Node)  # ok: PYTHON-LANG-SEC-006
NODE_REF = ForwardRef("Node")  # ok: PYTHON-LANG-SEC-006


def settings_fields():
    return [f.name for f in dataclasses.fields(Settings)]  # ok: PYTHON-LANG-SEC-006


def raw_annotations(obj):
    # Without eval_str=True the strings are returned as written, nothing is evaluated.
    return inspect.get_annotations(obj)  # ok: PYTHON-LANG-SEC-006


def raw_annotations_explicit(obj):
    return inspect.get_annotations(obj, eval_str=False)  # ok: PYTHON-LANG-SEC-006


def evaluated_for_known_class():
    return inspect.get_annotations(Settings, eval_str=True)  # ok: PYTHON-LANG-SEC-006


def origin_of(tp):
    return typing.get_origin(tp), typing.get_args(tp)  # ok: PYTHON-LANG-SEC-006


def handler_signature(handler):
    return inspect.signature(handler)  # ok: PYTHON-LANG-SEC-006
