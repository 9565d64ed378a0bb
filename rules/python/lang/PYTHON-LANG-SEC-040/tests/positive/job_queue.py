"""Redis-backed job queue: producers push pickled jobs, workers pop and run them."""

import pickle
import pickle as pk
from pickle import loads as unpickle

import redis

QUEUE = "jobs"


class Worker:
    def __init__(self, url):
        self.redis = redis.Redis.from_url(url)

    def next_job(self):
        _, raw = self.redis.blpop(QUEUE)
        return pickle.loads(raw)  # expect: PYTHON-LANG-SEC-040

    def dead_letters(self):
        return [unpickle(raw) for raw in self.redis.lrange("dead", 0, -1)]  # expect: PYTHON-LANG-SEC-040


def restore_checkpoint(path):
    with open(path, "rb") as fh:
        return pk.load(fh)  # expect: PYTHON-LANG-SEC-040


def stream_results(fh):
    unpickler = pickle.Unpickler(fh)  # expect: PYTHON-LANG-SEC-040
    while True:
        try:
            yield unpickler.load()
        except EOFError:
            return
