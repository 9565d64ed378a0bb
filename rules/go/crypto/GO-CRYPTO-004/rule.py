from codepathfinder import QueryType
from codepathfinder.go_decorators import go_rule


class GoCryptoRC4(QueryType):
    fqns = ["crypto/rc4"]
    match_subclasses = False


@go_rule(
    id="GO-CRYPTO-004",
    name="Use of RC4 Stream Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="RC4 is a broken stream cipher with a biased keystream and no integrity protection. Use AES-GCM (crypto/aes with cipher.NewGCM) or ChaCha20-Poly1305.",
)
def detect_go_rc4():
    """An RC4 stream cipher from Go's crypto/rc4 package."""
    return GoCryptoRC4.method("NewCipher")
