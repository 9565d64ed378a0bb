from codepathfinder import calls, lt, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-023",
    name="Insufficient RSA Key Size (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="RSA.generate() is called with fewer than 2048 bits, below every current minimum (1024-bit moduli are within reach of well-funded attackers). Generate at least 2048-bit keys, preferably RSA.generate(3072).",
)
def detect_pycryptodome_rsa_small_key():
    """RSA.generate() whose bits (first positional argument or keyword) is a known value below 2048."""
    return Or(
        calls("Crypto.PublicKey.RSA.generate", "Cryptodome.PublicKey.RSA.generate", match_position={0: lt(2048)}),
        calls("Crypto.PublicKey.RSA.generate", "Cryptodome.PublicKey.RSA.generate", match_name={"bits": lt(2048)}),
    )
