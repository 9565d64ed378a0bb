from codepathfinder import flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
