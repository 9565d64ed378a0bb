from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-FLASK-AUDIT-005",
    name="Flask url_for with _external=True (Audit)",
    severity="LOW",
    category="flask",
    cwe="CWE-601",
    owasp="A05:2021",
    message="url_for(_external=True) builds an absolute URL from the request's Host header, which a client can forge. Set SERVER_NAME (and TRUSTED_HOSTS) or build absolute links from a configured base URL, especially for links sent by e-mail.",
)
def detect_flask_url_for_external():
    """url_for(..., _external=True)."""
    # The bare name covers `from flask import *`; an imported alias resolves to flask.url_for.
    return calls("flask.url_for", "flask.helpers.url_for", "url_for", match_name={"_external": True})
