from codepathfinder import calls, variable, And, Or
from codepathfinder.python_decorators import python_rule

# The application's signing key, under the spellings Flask and its configuration objects use.
SECRET_KEY_NAMES = Or(
    variable("secret_key"),
    variable("SECRET_KEY"),
    variable("*_secret_key"),
    variable("*_SECRET_KEY"),
    variable("secretKey"),
)


@python_rule(
    id="PYTHON-FLASK-SEC-018",
    name="Flask Hashids with Secret Key",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-327",
    owasp="A02:2021",
    message="The application's SECRET_KEY is used as the Hashids salt. Hashids is reversible obfuscation and its salt can be recovered from generated ids, which would expose the key that signs sessions. Use a separate, non-secret HASHIDS_SALT.",
)
def detect_flask_hashids_secret_key():
    """Hashids(salt=app.secret_key / SECRET_KEY), and app.config["HASHIDS_SALT"] = app.secret_key (Flask-Hashids)."""
    return Or(
        And(calls("hashids.Hashids"), SECRET_KEY_NAMES),
        And(calls("*.config.__setitem__", match_position={0: "HASHIDS_SALT"}), SECRET_KEY_NAMES),
    )
