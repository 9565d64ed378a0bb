from codepathfinder import attribute, calls, flows, variable, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request (module-global `flask.request`, through any import or alias):
# query string, form fields, raw and JSON bodies, uploads, cookies, headers, URL rule values, the path and Referer.
# Everything derived from them is tainted too: request.args["q"], request.args.get("q"), request.form.to_dict().
FLASK_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


@python_rule(
    id="PYTHON-FLASK-SEC-010",
    name="Flask NaN Injection",
    severity="LOW",
    category="flask",
    cwe="CWE-704",
    owasp="A03:2021",
    message="Flask request data is converted with float(), which accepts \"nan\", \"inf\" and \"-inf\"; NaN makes every comparison false and silently defeats range and balance checks. Reject non-finite values with math.isfinite() right after converting, or use int() / decimal.Decimal with validation.",
)
def detect_flask_nan_injection():
    """Request data converted by float()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls("float", "builtins.float").tracks(0),
        ],
        # int() never yields NaN or infinity, and already returns a clean value.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
