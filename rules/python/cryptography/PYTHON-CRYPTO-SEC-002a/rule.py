from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-002a",
    name="Insecure Blowfish Cipher (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="Blowfish (Blowfish.new) has a 64-bit block, so long-lived keys are open to birthday (Sweet32) attacks. Use AES.new(key, AES.MODE_GCM) or ChaCha20_Poly1305 instead.",
)
def detect_pycryptodome_blowfish():
    """Blowfish.new() from PyCryptodome (Crypto), PyCryptodomex (Cryptodome) and the legacy PyCrypto."""
    return calls("Crypto.Cipher.Blowfish.new", "Cryptodome.Cipher.Blowfish.new")
