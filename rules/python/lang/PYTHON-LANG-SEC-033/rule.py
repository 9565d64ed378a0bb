from codepathfinder import calls, And, Or, Not, regex
from codepathfinder.python_decorators import python_rule

# hashlib.new() names of the 224-bit digests (112-bit collision resistance), in any case and either spelling.
SHA224_NAMES = r"(?i)^(sha224|sha-224|sha3_224|sha3-224|sha512_224|sha512-224)$"


@python_rule(
    id="PYTHON-LANG-SEC-033",
    name="SHA-224 Weak Hash",
    severity="LOW",
    category="lang",
    cwe="CWE-327",
    owasp="A02:2021",
    message="SHA-224 digests give only 112-bit collision resistance, below the 128-bit minimum of current guidance. Use SHA-256, SHA3-256 or BLAKE2b.",
)
def detect_sha224_hash():
    """SHA-224 / SHA3-224 / SHA-512/224, constructed directly or through hashlib.new(), unless usedforsecurity=False."""
    return And(
        Or(
            calls("hashlib.sha224", "hashlib.sha3_224"),
            calls("hashlib.new", match_name={"name": regex(SHA224_NAMES)}),
        ),
        Not(calls("hashlib.sha224", "hashlib.sha3_224", "hashlib.new", match_name={"usedforsecurity": False})),
    )
