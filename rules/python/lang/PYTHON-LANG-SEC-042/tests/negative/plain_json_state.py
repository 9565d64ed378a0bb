"""Safe look-alikes: encoding with jsonpickle, decoding plain JSON, other decode() methods."""

import base64
import json
from dataclasses import asdict, dataclass

import jsonpickle


@dataclass
class Wizard:
    step: int
    answers: dict


def save_state(state):
    return jsonpickle.encode(state, unpicklable=False)  # ok: PYTHON-LANG-SEC-042


def dump_for_debug(obj):
    return jsonpickle.dumps(obj, indent=2)  # ok: PYTHON-LANG-SEC-042


def load_wizard(raw):
    data = json.loads(raw)  # ok: PYTHON-LANG-SEC-042
    return Wizard(step=int(data["step"]), answers=dict(data["answers"]))


def cookie_value(raw):
    return base64.b64decode(raw).decode("utf-8")  # ok: PYTHON-LANG-SEC-042


def wizard_json(w: Wizard):
    return json.dumps(asdict(w))  # ok: PYTHON-LANG-SEC-042
