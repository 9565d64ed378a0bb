"""Release pipeline: fingerprints build artefacts and signs the manifest that mirrors download."""

import hashlib
import json
import pathlib
from hashlib import sha1
from hashlib import sha1 as fingerprint_hash

import hashlib as digests

MANIFEST_KEY = b"release-manifest-key"


def artefact_fingerprint(path: pathlib.Path) -> str:
    h = hashlib.sha1()  # expect: PYTHON-LANG-SEC-031
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def manifest(build_dir: pathlib.Path) -> dict:
    return {p.name: artefact_fingerprint(p) for p in sorted(build_dir.glob("*.whl"))}


def sign_manifest(entries: dict) -> str:
    body = json.dumps(entries, sort_keys=True).encode()
    return sha1(MANIFEST_KEY + body).hexdigest()  # expect: PYTHON-LANG-SEC-031


class DedupStore:
    """Stores uploaded blobs once; the SHA-1 of the content is the storage key."""

    def __init__(self, root):
        self.root = pathlib.Path(root)

    def put(self, blob: bytes) -> str:
        key = fingerprint_hash(blob).hexdigest()  # expect: PYTHON-LANG-SEC-031
        target = self.root / key
        if not target.exists():
            target.write_bytes(blob)
        return key

    def verify(self, key: str, blob: bytes) -> bool:
        return digests.sha1(blob, usedforsecurity=True).hexdigest() == key  # expect: PYTHON-LANG-SEC-031
