from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-005",
    name="Insecure DES Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="Single DES has a 56-bit key that can be brute-forced in hours and a 64-bit block. Replace it with AES in an authenticated mode (AES.new(key, AES.MODE_GCM) or AESGCM).",
)
def detect_des_cipher():
    """Single-DES cipher objects: DES.new() from PyCryptodome/PyCryptodomex/PyCrypto and pyDes.des()."""
    return calls("Crypto.Cipher.DES.new", "Cryptodome.Cipher.DES.new", "pyDes.des")
