"""Web session state kept client-side as jsonpickle, and a webhook that accepts jsonpickle payloads."""

import base64

import jsonpickle
import jsonpickle as jp
from jsonpickle import decode as decode_state
from jsonpickle.unpickler import Unpickler


class CookieSession:
    COOKIE = "state"

    def load(self, request):
        raw = request.cookies.get(self.COOKIE, "")
        return jsonpickle.decode(base64.b64decode(raw))  # expect: PYTHON-LANG-SEC-042

    def save(self, response, state):
        response.set_cookie(self.COOKIE, base64.b64encode(jsonpickle.encode(state).encode()))


def handle_webhook(body: str):
    event = jp.loads(body)  # expect: PYTHON-LANG-SEC-042
    return event.process()


def restore_wizard(raw):
    return decode_state(raw, keys=True, safe=True)  # expect: PYTHON-LANG-SEC-042


def restore_many(documents):
    unpickler = Unpickler()  # expect: PYTHON-LANG-SEC-042
    return [unpickler.restore(doc) for doc in documents]
