from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-001a",
    name="Insecure ARC4 (RC4) Cipher (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="RC4 (ARC4.new) is a broken stream cipher with a biased keystream and no integrity protection. Use AES.new(key, AES.MODE_GCM) or ChaCha20_Poly1305 instead.",
)
def detect_pycryptodome_arc4():
    """ARC4.new() from PyCryptodome (Crypto), PyCryptodomex (Cryptodome) and the legacy PyCrypto."""
    return calls("Crypto.Cipher.ARC4.new", "Cryptodome.Cipher.ARC4.new")
