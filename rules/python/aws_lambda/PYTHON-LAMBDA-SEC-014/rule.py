from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class SQLAlchemyExecutor(QueryType):
    """SQLAlchemy sessions, connections and (1.x) engines, by type or by the usual session names."""

    fqns = [
        "sqlalchemy.orm.Session",
        "sqlalchemy.orm.session.Session",
        "sqlalchemy.orm.scoped_session",
        "sqlalchemy.orm.scoping.scoped_session",
        "sqlalchemy.engine.Connection",
        "sqlalchemy.engine.base.Connection",
        "sqlalchemy.engine.Engine",
        "sqlalchemy.engine.base.Engine",
        "sqlalchemy.ext.asyncio.AsyncSession",
        "sqlalchemy.ext.asyncio.AsyncConnection",
    ]
    patterns = ["session", "db_session", "dbsession", "*.session", "*.dbsession"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-014",
    name="Lambda SQL Injection via SQLAlchemy",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into raw SQL run through SQLAlchemy (text(), literal_column(), execute()/exec_driver_sql() with a string). Use bound parameters (text(\"... WHERE id = :id\") with {\"id\": value}) or Core/ORM expressions, and map identifiers through an allow-list.",
)
def detect_lambda_sqlalchemy_injection():
    """Lambda event data in text()/literal_column() or in the statement of SQLAlchemy execute/exec_driver_sql/scalar(s)."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Raw SQL fragments: reported where the text is built from event data.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.literal_column",
                "sqlalchemy.sql.expression.literal_column",
            ).tracks(0, "text"),
            # Statements given as strings (SQLAlchemy 1.x execute(), exec_driver_sql()). Only the statement:
            # the parameters argument is bound by the driver.
            SQLAlchemyExecutor.method("execute", "exec_driver_sql", "scalar", "scalars").tracks(0, "statement"),
        ],
        sanitized_by=[
            # The fragment returned by text()/literal_column() was checked where it was built.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.literal_column",
                "sqlalchemy.sql.expression.literal_column",
            ),
            # Values given to expression builders become bound parameters.
            calls("sqlalchemy.bindparam", "sqlalchemy.literal", "sqlalchemy.sql.expression.bindparam"),
            calls(
                "*.like", "*.ilike", "*.not_like", "*.notlike", "*.not_ilike", "*.notilike",
                "*.in_", "*.not_in", "*.notin_", "*.between", "*.is_", "*.is_not", "*.isnot",
                "*.contains", "*.icontains", "*.startswith", "*.istartswith", "*.endswith", "*.iendswith",
                "*.regexp_match", "*.bindparams", "*.filter_by", "*.values", "*.limit", "*.offset",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
