import base64
import json


def restore(blob):
    return json.loads(base64.b64decode(blob))
