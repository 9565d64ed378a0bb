from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class JwtEncoders(QueryType):
    """PyJWT (module functions and PyJWT instances) and python-jose."""

    fqns = ["jwt", "jwt.api_jwt", "jwt.PyJWT", "jwt.api_jwt.PyJWT", "jose.jwt"]


# Request data of Flask and Django (REST framework included) views: the shared presets.
WEB_REQUEST = Sources.flask_request() + Sources.django_request()


@python_rule(
    id="PYTHON-JWT-SEC-005",
    name="JWT Exposed Data (Audit)",
    severity="LOW",
    category="jwt",
    cwe="CWE-522",
    owasp="A02:2021",
    message="Request data is copied into the claims of a JWT. Claims are readable by anyone who holds the token and are signed by your server as if you had checked them. Put only identifiers you looked up or verified into tokens; keep secrets and personal data out.",
)
def detect_jwt_request_data_in_claims():
    """Flask/Django request data in the payload of jwt.encode (PyJWT, python-jose, Authlib) or Flask-JWT-Extended extra claims."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            # The claims only: the key, algorithm and headers are other rules' business.
            JwtEncoders.method("encode").tracks(0, "payload", "claims"),
            # Authlib: jwt.encode(header, payload, key).
            calls("authlib.jose.jwt.encode").tracks(1, "payload"),
            calls("flask_jwt_extended.create_access_token", "flask_jwt_extended.create_refresh_token").tracks(
                "additional_claims"
            ),
        ],
        # Values the server looked up or verified itself: an authenticated user, a database row.
        sanitized_by=[
            calls(
                "django.contrib.auth.authenticate",
                "django.shortcuts.get_object_or_404",
                "*.objects.get",
                "*.objects.filter",
                "*.query.get",
                "*.query.get_or_404",
                "*.query.filter_by",
                "*.query.filter",
                "werkzeug.security.check_password_hash",
                "*.check_password",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
