from codepathfinder import calls, flows, regex, PropagationPresets
from codepathfinder.python_decorators import python_rule

# Values from the Mersenne Twister: `random`'s module functions, `random.Random` instances and NumPy's
# legacy generator. `random.SystemRandom` and `secrets` use the operating system's CSPRNG and are not here.
PREDICTABLE_RANDOM = [
    calls(
        "random.random",
        "random.randint",
        "random.randrange",
        "random.choice",
        "random.choices",
        "random.sample",
        "random.getrandbits",
        "random.randbytes",
        "random.uniform",
        "random.Random.random",
        "random.Random.randint",
        "random.Random.randrange",
        "random.Random.choice",
        "random.Random.choices",
        "random.Random.sample",
        "random.Random.getrandbits",
        "random.Random.randbytes",
        "numpy.random.randint",
        "numpy.random.choice",
        "numpy.random.bytes",
        "numpy.random.rand",
    ),
]

# Names that say a value must be unpredictable: whole words of snake_case names (any case) or the
# capitalised part of camelCase names. `key` and `code` alone are too common to mean a secret.
SECURITY_NAME = (
    r"(?i:(^|_)(token|password|passwd|pwd|passphrase|secret|otp|totp|hotp|pin|nonce|salt|iv|csrf|xsrf"
    r"|session_?id|sessid|sid|api_?key|secret_?key|private_?key|signing_?key|encryption_?key|auth_?key"
    r"|access_?key|reset_?code|verification_?code|verify_?code|confirmation_?code|activation_?(key|code)"
    r"|invite_?code|remember_?me|remember_?token|magic_?link)($|_))"
    r"|[a-z0-9](Token|Password|Secret|Nonce|Salt|Otp|Pin|SessionId|ApiKey)($|[A-Z_])"
)


@python_rule(
    id="PYTHON-LANG-SEC-113",
    name="Weak Randomness for Security Value",
    severity="HIGH",
    category="lang",
    cwe="CWE-330",
    owasp="A02:2021",
    message="A value from the random module (a Mersenne Twister, predictable after 624 outputs) becomes a token, password, OTP, salt, nonce or session identifier. Use the secrets module (secrets.token_urlsafe(), secrets.choice()) or random.SystemRandom() for values that must not be guessed.",
)
def detect_weak_random_security_value():
    """random.* values bound to, stored as or sent in a cookie/header named like a secret."""
    return flows(
        from_sources=PREDICTABLE_RANDOM,
        to_sinks=[
            # token = ..., self.reset_token = ..., data["otp"] = ..., session["csrf"] = ...
            calls("__assign__", match_position={0: regex(SECURITY_NAME)}).tracks(1),
            calls("*.__setattr__", match_position={0: regex(SECURITY_NAME)}).tracks(1),
            calls("*.__setitem__", match_position={0: regex(SECURITY_NAME)}).tracks(1),
            # return ... from a function named for what it makes: generate_token(), make_password(), new_otp()
            calls(
                "*token.__return__",
                "*Token.__return__",
                "*password.__return__",
                "*Password.__return__",
                "*secret.__return__",
                "*otp.__return__",
                "*nonce.__return__",
                "*salt.__return__",
                "*api_key.__return__",
                "*session_id.__return__",
            ).tracks(0),
            # response.set_cookie("remember_me", value)
            calls("*.set_cookie", match_position={0: regex(SECURITY_NAME)}).tracks(1, "value"),
            calls("*.set_cookie", match_name={"key": regex(SECURITY_NAME)}).tracks(1, "value"),
            # User(password=...), send_reset(token=...), sign(payload, secret=...)
            calls("*").tracks(
                "token",
                "password",
                "secret",
                "otp",
                "nonce",
                "salt",
                "api_key",
                "secret_key",
                "reset_token",
                "session_id",
            ),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
