import base64
import pickle


def restore(blob):
    return pickle.loads(base64.b64decode(blob))
