from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-001",
    name="Insecure ARC4 (RC4) Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="RC4 (ARC4) is a broken stream cipher with a biased keystream and no integrity protection. Encrypt with an AEAD such as AESGCM or ChaCha20Poly1305 instead.",
)
def detect_cryptography_arc4():
    """An ARC4 algorithm object from pyca/cryptography: the primitives module and the newer decrepit module."""
    return calls(
        "cryptography.hazmat.primitives.ciphers.algorithms.ARC4",
        "cryptography.hazmat.decrepit.ciphers.algorithms.ARC4",
    )
