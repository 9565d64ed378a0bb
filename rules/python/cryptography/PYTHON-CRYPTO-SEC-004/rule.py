from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-004",
    name="Insecure RC2 Cipher (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="RC2 (ARC2) is an obsolete 64-bit-block cipher with related-key weaknesses and often an export-grade effective key length. Use AES.new(key, AES.MODE_GCM) or ChaCha20_Poly1305 instead.",
)
def detect_rc2_cipher():
    """ARC2.new() from PyCryptodome/PyCryptodomex/PyCrypto, and pyca/cryptography's decrepit RC2 algorithm."""
    return calls(
        "Crypto.Cipher.ARC2.new",
        "Cryptodome.Cipher.ARC2.new",
        "cryptography.hazmat.decrepit.ciphers.algorithms.RC2",
    )
