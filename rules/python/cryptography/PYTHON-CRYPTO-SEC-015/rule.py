from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-015",
    name="Insecure SHA1 Hash (PyCryptodome)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="SHA1.new() computes a SHA-1 digest (for hashing or signing), and SHA-1 collisions are practical. Use SHA256.new() or stronger; HMAC/PBKDF2 given the SHA1 module are not affected.",
)
def detect_pycryptodome_sha1():
    """SHA1.new() and its older alias SHA.new() from PyCryptodome, PyCryptodomex and the legacy PyCrypto.
    Passing the module itself (HMAC.new(key, digestmod=SHA1), PBKDF2(..., hmac_hash_module=SHA1),
    PKCS1_OAEP.new(key, hashAlgo=SHA1)) creates no digest object and is not reported."""
    return calls(
        "Crypto.Hash.SHA1.new",
        "Crypto.Hash.SHA.new",
        "Cryptodome.Hash.SHA1.new",
        "Cryptodome.Hash.SHA.new",
    )
