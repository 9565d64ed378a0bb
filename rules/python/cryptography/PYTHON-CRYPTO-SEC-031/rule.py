from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-031",
    name="Unauthenticated Cipher Mode Audit (cryptography)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="CBC/CTR/CFB/OFB (and bare ChaCha20) encrypt without integrity protection, so ciphertext can be modified or used as a padding oracle unless a MAC is verified first. Prefer AESGCM or ChaCha20Poly1305, or encrypt-then-HMAC.",
)
def detect_cryptography_unauthenticated_mode():
    """Confidentiality-only modes of pyca/cryptography's Cipher (CBC, CTR, CFB, CFB8, OFB) and the bare ChaCha20
    stream cipher. Whether a separate MAC protects the ciphertext cannot be seen at the call: review each."""
    return calls(
        "cryptography.hazmat.primitives.ciphers.modes.CBC",
        "cryptography.hazmat.primitives.ciphers.modes.CTR",
        "cryptography.hazmat.primitives.ciphers.modes.CFB",
        "cryptography.hazmat.primitives.ciphers.modes.CFB8",
        "cryptography.hazmat.primitives.ciphers.modes.OFB",
        "cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20",
    )
