from codepathfinder import calls, variable, missing, And, Or
from codepathfinder.python_decorators import python_rule

# PyCryptodome's spellings of NIST P-192 (96-bit security).
PYCRYPTODOME_P192 = ["P-192", "p192", "NIST P-192", "prime192v1", "secp192r1", "nistp192"]


@python_rule(
    id="PYTHON-CRYPTO-SEC-022",
    name="EC Key Generation (Audit)",
    severity="LOW",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="Elliptic-curve key generated on a curve with less than 112-bit security (P-192, 163-bit binary or sub-192-bit curves). Generate keys on P-256 (SECP256R1), P-384 or Ed25519 instead.",
)
def detect_weak_ec_key_generation():
    """EC key generation or derivation on a curve weaker than 224 bits, in pyca/cryptography, PyCryptodome and
    python-ecdsa (whose SigningKey.generate() defaults to NIST P-192)."""
    return Or(
        # pyca/cryptography: ec.generate_private_key(ec.SECP192R1()), ec.derive_private_key(n, ec.SECT163K1()).
        And(
            calls(
                "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key",
                "cryptography.hazmat.primitives.asymmetric.ec.derive_private_key",
            ),
            Or(variable("SECP192R1"), variable("SECT163K1"), variable("SECT163R2")),
        ),
        # PyCryptodome / PyCryptodomex: ECC.generate(curve="P-192").
        calls(
            "Crypto.PublicKey.ECC.generate",
            "Cryptodome.PublicKey.ECC.generate",
            match_name={"curve": PYCRYPTODOME_P192},
        ),
        # python-ecdsa: an explicit weak curve...
        And(
            calls("ecdsa.SigningKey.generate", "ecdsa.keys.SigningKey.generate"),
            Or(
                variable("NIST192p"),
                variable("SECP112r?"),
                variable("SECP128r1"),
                variable("SECP160r1"),
                variable("BRAINPOOLP160?1"),
                variable("BRAINPOOLP192?1"),
            ),
        ),
        # ...or no curve at all, which means NIST192p.
        And(
            calls("ecdsa.SigningKey.generate", "ecdsa.keys.SigningKey.generate", match_name={"curve": missing()}),
            calls("ecdsa.SigningKey.generate", "ecdsa.keys.SigningKey.generate", match_position={0: missing()}),
        ),
    )
