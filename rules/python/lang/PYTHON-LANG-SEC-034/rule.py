from codepathfinder import calls, And, Or, QueryType, regex, variable
from codepathfinder.python_decorators import python_rule


class Md5NamedHasher(QueryType):
    """A hash object whose name says it is MD5: `md5.update(...)`, `self.md5_hasher.update(...)`."""

    patterns = ["*md5*", "*Md5*", "*MD5*"]


@python_rule(
    id="PYTHON-LANG-SEC-034",
    name="MD5 Used for Password Hashing",
    severity="HIGH",
    category="lang",
    cwe="CWE-916",
    owasp="A02:2021",
    message="A password is hashed with MD5, which is fast and unsalted by design and is cracked at billions of guesses per second. Use a password hashing function such as argon2-cffi, bcrypt, scrypt or hashlib.pbkdf2_hmac with a high iteration count.",
)
def detect_md5_password_hash():
    """An MD5 computation (hashlib.md5, hashlib.new("md5"), update() on an md5-named hasher) fed a password-like value."""
    return And(
        Or(
            calls("hashlib.md5"),
            calls("hashlib.new", match_name={"name": regex(r"(?i)^md5$")}),
            Md5NamedHasher.method("update"),
        ),
        Or(
            variable("*passw*"),
            variable("*Passw*"),
            variable("*PASSW*"),
            variable("*pwd*"),
            variable("*Pwd*"),
            variable("*PWD*"),
            variable("*passphrase*"),
            variable("*Passphrase*"),
            variable("*PASSPHRASE*"),
        ),
    )
