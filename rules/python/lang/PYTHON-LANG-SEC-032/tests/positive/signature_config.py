"""Signature settings for the export service, with the algorithm fixed in configuration constants."""

import hashlib

SIGNING = {"algorithm": "md5"}
EXPORT_DIGEST = "sha1"


class ExportSigner:
    def __init__(self, key: bytes):
        self.key = key
        self.hasher = hashlib.new(EXPORT_DIGEST)  # expect: PYTHON-LANG-SEC-032

    def sign(self, payload: bytes) -> str:
        h = self.hasher.copy()
        h.update(self.key + payload)
        return h.hexdigest()


def legacy_tag(payload: bytes) -> str:
    # The dictionary lookup is not a constant, so only the direct name below is reported.
    h = hashlib.new(SIGNING["algorithm"])
    h.update(payload)
    return h.hexdigest() + hashlib.new("MD4", payload).hexdigest()  # expect: PYTHON-LANG-SEC-032
