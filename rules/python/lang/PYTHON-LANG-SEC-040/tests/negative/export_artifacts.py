"""Exports artefacts for other teams: everything here writes or inspects pickles, nothing loads them."""

import pickletools

import cloudpickle
import joblib
import msgpack
import pandas as pd


def export_model(model, path):
    joblib.dump(model, path, compress=3)  # ok: PYTHON-LANG-SEC-040


def export_features(frame: pd.DataFrame, path):
    frame.to_pickle(path)  # ok: PYTHON-LANG-SEC-040


def export_labels(series, path):
    pd.to_pickle(series, path)  # ok: PYTHON-LANG-SEC-040


def ship_udf(func):
    return cloudpickle.dumps(func)  # ok: PYTHON-LANG-SEC-040


def describe(blob):
    # Disassembles the opcodes without executing them.
    pickletools.dis(blob)  # ok: PYTHON-LANG-SEC-040


def decode_event(raw):
    return msgpack.unpackb(raw, raw=False)  # ok: PYTHON-LANG-SEC-040


def read_table(path):
    return pd.read_parquet(path)  # ok: PYTHON-LANG-SEC-040
