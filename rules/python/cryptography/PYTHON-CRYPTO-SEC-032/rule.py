from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

UNAUTHENTICATED_MODES = [
    "Crypto.Cipher.*.MODE_CBC",
    "Crypto.Cipher.*.MODE_CTR",
    "Crypto.Cipher.*.MODE_CFB",
    "Crypto.Cipher.*.MODE_OFB",
    "Crypto.Cipher.*.MODE_OPENPGP",
    "Cryptodome.Cipher.*.MODE_CBC",
    "Cryptodome.Cipher.*.MODE_CTR",
    "Cryptodome.Cipher.*.MODE_CFB",
    "Cryptodome.Cipher.*.MODE_OFB",
    "Cryptodome.Cipher.*.MODE_OPENPGP",
]


@python_rule(
    id="PYTHON-CRYPTO-SEC-032",
    name="Unauthenticated Cipher Mode Audit (PyCryptodome)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="AES in CBC/CTR/CFB/OFB/OpenPGP mode (or bare ChaCha20/Salsa20) encrypts without integrity protection, so ciphertext can be modified or used as a padding oracle unless a MAC is verified first. Prefer AES.MODE_GCM/EAX/SIV or ChaCha20_Poly1305, or encrypt-then-HMAC.",
)
def detect_pycryptodome_unauthenticated_mode():
    """AES.new() with a confidentiality-only mode, and the ChaCha20 / Salsa20 stream ciphers without Poly1305.
    AEAD modes (GCM, EAX, CCM, SIV, OCB) and key wrap (KW, KWP) are not reported; ECB is PYTHON-CRYPTO-SEC-030."""
    return Or(
        calls("Crypto.Cipher.AES.new", "Cryptodome.Cipher.AES.new", match_position={1: UNAUTHENTICATED_MODES}),
        calls("Crypto.Cipher.AES.new", "Cryptodome.Cipher.AES.new", match_name={"mode": UNAUTHENTICATED_MODES}),
        calls(
            "Crypto.Cipher.ChaCha20.new",
            "Cryptodome.Cipher.ChaCha20.new",
            "Crypto.Cipher.Salsa20.new",
            "Cryptodome.Cipher.Salsa20.new",
        ),
    )
