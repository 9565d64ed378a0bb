from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-002",
    name="Insecure Blowfish Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="Blowfish has a 64-bit block, so long-lived keys are open to birthday (Sweet32) attacks; pyca/cryptography deprecates it. Encrypt with AESGCM or ChaCha20Poly1305 instead.",
)
def detect_cryptography_blowfish():
    """A Blowfish algorithm object from pyca/cryptography: the primitives module and the decrepit module."""
    return calls(
        "cryptography.hazmat.primitives.ciphers.algorithms.Blowfish",
        "cryptography.hazmat.decrepit.ciphers.algorithms.Blowfish",
    )
