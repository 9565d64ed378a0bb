from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
