from codepathfinder import QueryType
from codepathfinder.go_decorators import go_rule


class GoCryptoDES(QueryType):
    fqns = ["crypto/des"]
    match_subclasses = False


@go_rule(
    id="GO-CRYPTO-003",
    name="Use of DES or 3DES Weak Cipher",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-327",
    owasp="A02:2021",
    message="DES and Triple DES are obsolete: DES keys are brute-forceable and 3DES's 64-bit block makes long sessions vulnerable (Sweet32). Use AES-GCM (crypto/aes with cipher.NewGCM) or ChaCha20-Poly1305.",
)
def detect_go_des():
    """A DES or Triple DES block cipher from Go's crypto/des package."""
    return GoCryptoDES.method("NewCipher", "NewTripleDESCipher")
