from codepathfinder import calls, lt, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-021",
    name="Insufficient DSA Key Size",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="DSA key or parameters generated with fewer than 2048 bits, which NIST disallows for new signatures. Use key_size=3072 (or at least 2048), or move to Ed25519/ECDSA P-256.",
)
def detect_cryptography_dsa_small_key():
    """dsa.generate_private_key() and dsa.generate_parameters() whose key_size is a known value below 2048."""
    return Or(
        # The signature table maps key_size onto the first positional argument.
        calls(
            "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key",
            match_name={"key_size": lt(2048)},
        ),
        calls(
            "cryptography.hazmat.primitives.asymmetric.dsa.generate_parameters",
            match_name={"key_size": lt(2048)},
        ),
        calls(
            "cryptography.hazmat.primitives.asymmetric.dsa.generate_parameters",
            match_position={0: lt(2048)},
        ),
    )
