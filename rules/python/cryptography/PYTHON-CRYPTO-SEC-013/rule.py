from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-013",
    name="Insecure MD4 Hash (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="MD4.new() computes an MD4 digest; MD4 collisions and second preimages are practical, so it protects nothing. Use SHA256.new() (or SHA3_256/BLAKE2b) instead.",
)
def detect_pycryptodome_md4():
    """MD4.new() from PyCryptodome (Crypto), PyCryptodomex (Cryptodome) and the legacy PyCrypto."""
    return calls("Crypto.Hash.MD4.new", "Cryptodome.Hash.MD4.new")
