"""Model registry: downloads model artefacts uploaded by data scientists and loads them."""

import _pickle
import cloudpickle
import joblib
import numpy as np
import pandas as pd
import torch
from pandas import read_pickle


def load_sklearn_model(path):
    return joblib.load(path)  # expect: PYTHON-LANG-SEC-040


def load_features(path):
    return pd.read_pickle(path)  # expect: PYTHON-LANG-SEC-040


def load_labels(path):
    return read_pickle(path, compression="gzip")  # expect: PYTHON-LANG-SEC-040


def load_embeddings(path):
    return np.load(path, allow_pickle=True)  # expect: PYTHON-LANG-SEC-040


def load_legacy_arrays(path):
    return np.load(path, None, True)  # expect: PYTHON-LANG-SEC-040


def load_torch_model(path):
    return torch.load(path, map_location="cpu", weights_only=False)  # expect: PYTHON-LANG-SEC-040


def load_udf(blob):
    return cloudpickle.loads(blob)  # expect: PYTHON-LANG-SEC-040


def fast_load(blob):
    return _pickle.loads(blob)  # expect: PYTHON-LANG-SEC-040
