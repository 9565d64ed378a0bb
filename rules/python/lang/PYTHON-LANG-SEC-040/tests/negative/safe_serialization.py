"""Safe look-alikes: writing pickles, JSON, restricted unpickling, numpy/torch without pickle."""

import io
import json
import pickle
from pickle import dumps

import numpy as np
import torch

ALLOWED_CLASSES = {("collections", "OrderedDict"), ("datetime", "datetime")}


class RestrictedUnpickler(pickle.Unpickler):
    """Only rebuilds an explicit allow-list of classes, as the pickle documentation recommends."""

    def find_class(self, module, name):
        if (module, name) in ALLOWED_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is forbidden")


def restricted_loads(data):
    return RestrictedUnpickler(io.BytesIO(data)).load()  # ok: PYTHON-LANG-SEC-040


def save_checkpoint(state, path):
    with open(path, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)  # ok: PYTHON-LANG-SEC-040


def to_cache(value):
    return dumps(value)  # ok: PYTHON-LANG-SEC-040


def load_job(raw):
    return json.loads(raw)  # ok: PYTHON-LANG-SEC-040


def load_embeddings(path):
    return np.load(path)  # ok: PYTHON-LANG-SEC-040


def load_plain_arrays(path):
    return np.load(path, allow_pickle=False)  # ok: PYTHON-LANG-SEC-040


def load_weights(path):
    return torch.load(path, map_location="cpu", weights_only=True)  # ok: PYTHON-LANG-SEC-040


class MessageCodec:
    def loads(self, raw):
        return json.loads(raw)


def decode(codec: MessageCodec, raw):
    return codec.loads(raw)  # ok: PYTHON-LANG-SEC-040
