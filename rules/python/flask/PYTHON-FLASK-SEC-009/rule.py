from codepathfinder import attribute, calls, flows, variable, PropagationPresets, QueryType
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


class CSVWriter(QueryType):
    """Writers made by csv.writer() and csv.DictWriter() (defusedcsv writers, which escape, are other types)."""

    fqns = ["csv.writer", "csv.DictWriter", "_csv.writer"]


@python_rule(
    id="PYTHON-FLASK-SEC-009",
    name="Flask CSV Injection",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-1236",
    owasp="A03:2021",
    message="Flask request data is written to a CSV file as is; a cell starting with =, +, - or @ runs as a formula when the file is opened in a spreadsheet. Prefix such cells with a single quote (or use defusedcsv) before writing them.",
)
def detect_flask_csv_injection():
    """Request data flowing into the rows written by a csv writer."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            CSVWriter.method("writerow").tracks(0, "row", "rowdict"),
            CSVWriter.method("writerows").tracks(0, "rows", "rowdicts"),
        ],
        # There is no standard neutraliser; numbers converted with int()/float() are already clean.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
