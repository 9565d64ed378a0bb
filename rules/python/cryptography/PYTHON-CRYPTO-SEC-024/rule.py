from codepathfinder import calls, lt, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-024",
    name="Insufficient DSA Key Size (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="DSA.generate() is called with fewer than 2048 bits, which NIST disallows for new signatures. Use DSA.generate(3072) (or at least 2048), or move to ECC.generate(curve='P-256') / Ed25519.",
)
def detect_pycryptodome_dsa_small_key():
    """DSA.generate() whose bits (first positional argument or keyword) is a known value below 2048."""
    return Or(
        calls("Crypto.PublicKey.DSA.generate", "Cryptodome.PublicKey.DSA.generate", match_position={0: lt(2048)}),
        calls("Crypto.PublicKey.DSA.generate", "Cryptodome.PublicKey.DSA.generate", match_name={"bits": lt(2048)}),
    )
