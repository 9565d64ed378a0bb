from codepathfinder import missing, Or, QueryType
from codepathfinder.python_decorators import python_rule


class FlaskCors(QueryType):
    """The Flask-CORS extension (CORS) and its per-view decorator (cross_origin)."""

    fqns = ["flask_cors", "flask_cors.extension", "flask_cors.decorator"]


class AppConfig(QueryType):
    """A Flask application's config mapping (app.config, current_app.config, self.app.config)."""

    patterns = ["*.config"]


# "*" is the documented wildcard; ".*" is the regex Flask-CORS turns it into and matches every origin as well.
ANY_ORIGIN = ["*", ".*", "^.*$"]


@python_rule(
    id="PYTHON-FLASK-AUDIT-004",
    name="Flask CORS Wildcard Origin",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-942",
    owasp="A05:2021",
    message="Flask-CORS allows every origin; with supports_credentials=True any web site can make authenticated requests and read the answers. List the trusted origins explicitly (origins=['https://app.example.com']).",
)
def detect_flask_cors_wildcard():
    """CORS()/cross_origin() with origins="*", or with credentials and the default (wildcard) origins; CORS_ORIGINS="*" in app.config."""
    return Or(
        FlaskCors.method("CORS", "cross_origin").where("origins", ANY_ORIGIN),
        # Origins left at their "*" default while credentials are allowed: Flask-CORS then reflects any Origin.
        FlaskCors.method("CORS", "cross_origin")
        .where("supports_credentials", True)
        .where("origins", missing())
        .where("resources", missing()),
        AppConfig.method("__setitem__").where(0, "CORS_ORIGINS").where(1, ANY_ORIGIN),
        AppConfig.method("update", "from_mapping").where("CORS_ORIGINS", ANY_ORIGIN),
    )
