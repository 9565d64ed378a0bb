from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-010",
    name="Insecure MD5 Hash (cryptography)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="hashes.MD5() selects MD5, whose collisions can be computed in seconds and which no current standard approves. Use hashes.SHA256() (or SHA-3/BLAKE2) instead.",
)
def detect_cryptography_md5():
    """Every instantiation of pyca/cryptography's MD5 hash algorithm object."""
    return calls("cryptography.hazmat.primitives.hashes.MD5")
