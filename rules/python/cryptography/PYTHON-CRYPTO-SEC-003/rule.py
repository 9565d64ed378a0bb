from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-003",
    name="Insecure IDEA Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="IDEA has a 64-bit block (birthday/Sweet32 attacks), weak-key classes and is deprecated by pyca/cryptography. Encrypt with AESGCM or ChaCha20Poly1305 instead.",
)
def detect_cryptography_idea():
    """An IDEA algorithm object from pyca/cryptography: the primitives module and the decrepit module."""
    return calls(
        "cryptography.hazmat.primitives.ciphers.algorithms.IDEA",
        "cryptography.hazmat.decrepit.ciphers.algorithms.IDEA",
    )
