"""Reads task results that workers publish to a shared Redis channel as jsonpickle."""

import jsonpickle
import redis
from jsonpickle import unpickler

CHANNEL = "task-results"


def listen(url):
    client = redis.Redis.from_url(url)
    pubsub = client.pubsub()
    pubsub.subscribe(CHANNEL)
    for message in pubsub.listen():
        if message["type"] == "message":
            yield jsonpickle.decode(message["data"])  # expect: PYTHON-LANG-SEC-042


def replay(raw_lines):
    return [unpickler.decode(line) for line in raw_lines]  # expect: PYTHON-LANG-SEC-042
