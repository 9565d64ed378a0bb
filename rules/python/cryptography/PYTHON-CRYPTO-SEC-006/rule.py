from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-006",
    name="Insecure XOR Cipher (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="XOR.new() repeats a short key over the data; it is an obfuscation, not encryption, and is trivially broken. Use an authenticated cipher such as AES.new(key, AES.MODE_GCM) or ChaCha20_Poly1305.",
)
def detect_xor_cipher():
    """XOR.new() from PyCrypto's (and early PyCryptodome's) Crypto.Cipher.XOR module."""
    return calls("Crypto.Cipher.XOR.new", "Cryptodome.Cipher.XOR.new")
