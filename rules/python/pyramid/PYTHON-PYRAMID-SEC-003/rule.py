from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# Request data in Pyramid views (`request` and `self.request`): the shared preset.
PYRAMID_REQUEST = Sources.pyramid_request()


@python_rule(
    id="PYTHON-PYRAMID-SEC-003",
    name="Pyramid SQLAlchemy SQL Injection",
    severity="CRITICAL",
    category="pyramid",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is built into raw SQL given to SQLAlchemy (text(), literal_column(), execute() with a string, or a string in filter()/order_by()/group_by()/having()). Use ORM expressions or bound parameters (text(\"... :name\") with {\"name\": value}), and map column names through an allow-list.",
)
def detect_pyramid_sqlalchemy_injection():
    """Pyramid request data in SQLAlchemy text()/literal_column(), string statements, and raw strings in query methods."""
    return flows(
        from_sources=PYRAMID_REQUEST,
        to_sinks=[
            # Raw SQL fragments: reported where the text is built from request data.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.literal_column",
                "sqlalchemy.sql.expression.literal_column",
            ).tracks(0, "text"),
            # Statements given as strings: SQLAlchemy 1.x session/connection execute(), exec_driver_sql().
            # Only the statement; the parameters argument is bound.
            calls("*.execute", "*.exec_driver_sql").tracks(0, "statement"),
            # Query criteria and ordering given as strings are inserted as SQL text by SQLAlchemy < 1.4.
            calls("*.filter", "*.order_by", "*.group_by", "*.having").tracks(0, 1, 2, 3),
        ],
        sanitized_by=[
            # Reported where the raw SQL is built, not again where the statement or query is used.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.literal_column",
                "sqlalchemy.sql.expression.literal_column",
                "*.filter",
                "*.order_by",
                "*.group_by",
                "*.having",
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
