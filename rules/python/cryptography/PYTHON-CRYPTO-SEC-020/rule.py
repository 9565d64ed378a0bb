from codepathfinder import calls, lt
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-020",
    name="Insufficient RSA Key Size",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="RSA key generated with fewer than 2048 bits, which is below every current minimum (1024-bit moduli are within reach of well-funded attackers). Use key_size=3072 (or at least 2048).",
)
def detect_cryptography_rsa_small_key():
    """rsa.generate_private_key() whose key_size (keyword, or second positional argument) is a known value below 2048."""
    return calls(
        "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
        match_name={"key_size": lt(2048)},
    )
