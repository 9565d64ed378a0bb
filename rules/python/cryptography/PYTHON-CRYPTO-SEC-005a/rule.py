from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-005a",
    name="Insecure Triple DES Cipher",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="Triple DES has a 64-bit block (Sweet32 birthday attacks) and is disallowed by NIST for new encryption. Use AES in an authenticated mode (AESGCM, AES.new(key, AES.MODE_GCM)) and keep 3DES only to decrypt legacy data.",
)
def detect_triple_des_cipher():
    """Triple-DES cipher objects: DES3.new() (PyCryptodome/PyCryptodomex/PyCrypto), pyca/cryptography's
    TripleDES (primitives and decrepit modules) and pyDes.triple_des()."""
    return calls(
        "Crypto.Cipher.DES3.new",
        "Cryptodome.Cipher.DES3.new",
        "cryptography.hazmat.primitives.ciphers.algorithms.TripleDES",
        "cryptography.hazmat.decrepit.ciphers.algorithms.TripleDES",
        "pyDes.triple_des",
    )
