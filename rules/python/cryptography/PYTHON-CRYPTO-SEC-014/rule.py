from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-014",
    name="Insecure MD2 Hash (PyCryptodome)",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="MD2.new() computes an MD2 digest; MD2 is slow, has known preimage and collision attacks and was retired in 2011 (RFC 6149). Use SHA256.new() (or SHA3_256/BLAKE2b) instead.",
)
def detect_pycryptodome_md2():
    """MD2.new() from PyCryptodome (Crypto), PyCryptodomex (Cryptodome) and the legacy PyCrypto."""
    return calls("Crypto.Hash.MD2.new", "Cryptodome.Hash.MD2.new")
