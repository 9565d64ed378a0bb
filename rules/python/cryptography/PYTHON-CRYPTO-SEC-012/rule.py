from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-012",
    name="Insecure MD5 Hash (PyCryptodome)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="MD5.new() computes an MD5 digest, and MD5 collisions can be computed in seconds. Use SHA256.new() (or SHA3_256/BLAKE2b) instead.",
)
def detect_pycryptodome_md5():
    """MD5.new() from PyCryptodome (Crypto), PyCryptodomex (Cryptodome) and the legacy PyCrypto."""
    return calls("Crypto.Hash.MD5.new", "Cryptodome.Hash.MD5.new")
