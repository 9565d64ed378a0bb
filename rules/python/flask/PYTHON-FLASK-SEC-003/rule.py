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
    id="PYTHON-FLASK-SEC-003",
    name="Flask SQL Injection via Tainted String",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Flask request data is part of the SQL text given to the database, so it can change the query. Keep the SQL constant and pass values as bound parameters (cursor.execute(\"... WHERE id = ?\", (value,)), text(\"... :id\") with parameters); compose identifiers with psycopg2.sql.Identifier.",
)
def detect_flask_sql_injection():
    """Request data flowing into the query text (first argument) of a DB-API / SQLAlchemy / pandas call."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            # DB-API cursors and connections (sqlite3, psycopg2/3, PyMySQL, MySQLdb, mysql-connector, pymssql),
            # SQLAlchemy sessions, connections and engines. Only the SQL text is checked: bound parameters
            # (the second argument) are how values are meant to travel.
            calls("*.execute", "*.executemany", "*.executescript", "*.mogrify").tracks(
                0, "sql", "query", "operation", "statement"
            ),
            # SQLAlchemy textual SQL fragments.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.expression.literal_column",
            ).tracks(0, "text"),
            # pandas runs the query string on the given connection.
            calls("pandas.read_sql", "pandas.read_sql_query").tracks(0, "sql"),
        ],
        sanitized_by=[
            # Identifier / literal quoting from the driver.
            calls(
                "psycopg2.sql.Identifier",
                "psycopg2.sql.Literal",
                "psycopg.sql.Identifier",
                "psycopg.sql.Literal",
                "psycopg2.extensions.quote_ident",
                "pymysql.converters.escape_string",
                "MySQLdb.escape_string",
                "*.escape_string",
            ),
            # SQLAlchemy bound parameters: text("... :id").bindparams(id=value).
            calls("*.bindparams", "sqlalchemy.bindparam"),
            # text()/literal_column() are sinks themselves; their result is not reported again where it is
            # executed, so one injection gives one finding.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.expression.literal_column",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
