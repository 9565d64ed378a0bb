from codepathfinder import calls, variable, And, Or, Not
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-CRYPTO-SEC-011",
    name="Insecure SHA1 Hash (cryptography)",
    severity="MEDIUM",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="SHA-1 is used where collision resistance matters (a digest or a digital signature), and SHA-1 collisions are practical. Use hashes.SHA256() or stronger.",
)
def detect_cryptography_sha1():
    """hashes.SHA1() given to a digest (hashes.Hash), a signature scheme (ECDSA, Prehashed) or a sign/verify
    call. SHA-1 as the hash of HMAC, HKDF, PBKDF2, OAEP/MGF1, TOTP/HOTP or a certificate fingerprint does not
    rely on collision resistance and is not reported."""
    return Or(
        # Digest objects and signature-algorithm wrappers that take the hash algorithm as an argument.
        And(
            calls(
                "cryptography.hazmat.primitives.hashes.Hash",
                "cryptography.hazmat.primitives.asymmetric.ec.ECDSA",
                "cryptography.hazmat.primitives.asymmetric.utils.Prehashed",
            ),
            variable("SHA1"),
        ),
        # key.sign(data, padding, hashes.SHA1()), builder.sign(key, hashes.SHA1()), PKCS7 add_signer(...),
        # and the matching verify(); an ECDSA()/Prehashed() argument is reported at that call instead, and a
        # PyCryptodome hash object (SHA1.new(...)) belongs to PYTHON-CRYPTO-SEC-015.
        And(
            calls("*.sign", "*.verify", "*.add_signer"),
            variable("SHA1"),
            Not(variable("ECDSA")),
            Not(variable("Prehashed")),
            Not(variable("new")),
        ),
    )
