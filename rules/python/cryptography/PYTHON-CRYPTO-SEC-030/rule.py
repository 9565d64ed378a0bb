from codepathfinder import calls, missing, And, Or, QueryType
from codepathfinder.python_decorators import python_rule

ECB_MODE = ["Crypto.Cipher.*.MODE_ECB", "Cryptodome.Cipher.*.MODE_ECB"]


class PyCryptodomeBlockCipher(QueryType):
    """Block-cipher modules whose new() takes a mode (ARC4, ChaCha20 and Salsa20 are stream ciphers)."""

    fqns = [
        "Crypto.Cipher.AES",
        "Crypto.Cipher.DES",
        "Crypto.Cipher.DES3",
        "Crypto.Cipher.Blowfish",
        "Crypto.Cipher.CAST",
        "Crypto.Cipher.ARC2",
        "Cryptodome.Cipher.AES",
        "Cryptodome.Cipher.DES",
        "Cryptodome.Cipher.DES3",
        "Cryptodome.Cipher.Blowfish",
        "Cryptodome.Cipher.CAST",
        "Cryptodome.Cipher.ARC2",
    ]


@python_rule(
    id="PYTHON-CRYPTO-SEC-030",
    name="ECB Mode Usage",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="ECB mode encrypts equal plaintext blocks to equal ciphertext blocks, leaking the structure of the data, and offers no integrity. Use an authenticated mode: AESGCM / modes.GCM, or AES.new(key, AES.MODE_GCM).",
)
def detect_ecb_mode():
    """ECB selected explicitly (pyca/cryptography modes.ECB, PyCryptodome MODE_ECB, pyDes.ECB) or by default
    (PyCrypto block-cipher new() without a mode, pyDes without a mode)."""
    return Or(
        calls("cryptography.hazmat.primitives.ciphers.modes.ECB"),
        calls("Crypto.Cipher.*.new", "Cryptodome.Cipher.*.new", match_position={1: ECB_MODE}),
        calls("Crypto.Cipher.*.new", "Cryptodome.Cipher.*.new", match_name={"mode": ECB_MODE}),
        # Legacy PyCrypto defaulted to ECB when no mode was given (PyCryptodome rejects such a call).
        PyCryptodomeBlockCipher.method("new").where(1, missing()).where("mode", missing()),
        # pyDes: des(key, mode=ECB, IV=None, ...); ECB is also its default.
        calls("pyDes.des", "pyDes.triple_des", match_position={1: "pyDes.ECB"}),
        calls("pyDes.des", "pyDes.triple_des", match_name={"mode": "pyDes.ECB"}),
        And(
            calls("pyDes.des", "pyDes.triple_des", match_position={1: missing()}),
            calls("pyDes.des", "pyDes.triple_des", match_name={"mode": missing()}),
        ),
    )
