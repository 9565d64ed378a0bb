from codepathfinder import calls, flows, missing, And, Not, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class DriverSpecific(QueryType):
    """Database objects that PYTHON-LAMBDA-SEC-010 to -014 report: excluded here so each call is reported once."""

    fqns = [
        # PYTHON-LAMBDA-SEC-010: mysql-connector-python, mysqlclient
        "mysql.connector.cursor.MySQLCursor",
        "mysql.connector.cursor.MySQLCursorBuffered",
        "mysql.connector.cursor.MySQLCursorDict",
        "mysql.connector.cursor.MySQLCursorPrepared",
        "mysql.connector.cursor_cext.CMySQLCursor",
        "MySQLdb.cursors.BaseCursor",
        "MySQLdb.cursors.Cursor",
        "MySQLdb.cursors.DictCursor",
        "MySQLdb.cursors.SSCursor",
        "MySQLdb.cursors.SSDictCursor",
        # PYTHON-LAMBDA-SEC-011: psycopg2, psycopg 3
        "psycopg2.extensions.cursor",
        "psycopg2._psycopg.cursor",
        "psycopg2.extras.DictCursor",
        "psycopg2.extras.RealDictCursor",
        "psycopg2.extras.NamedTupleCursor",
        "psycopg2.extras.LoggingCursor",
        "psycopg.Cursor",
        "psycopg.ClientCursor",
        "psycopg.ServerCursor",
        "psycopg.AsyncCursor",
        "psycopg.Connection",
        "psycopg.AsyncConnection",
        # PYTHON-LAMBDA-SEC-012: pymssql
        "pymssql.Cursor",
        "pymssql._pymssql.Cursor",
        # PYTHON-LAMBDA-SEC-013: PyMySQL
        "pymysql.cursors.Cursor",
        "pymysql.cursors.DictCursor",
        "pymysql.cursors.SSCursor",
        "pymysql.cursors.SSDictCursor",
        # PYTHON-LAMBDA-SEC-014: SQLAlchemy
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
    id="PYTHON-LAMBDA-SEC-015",
    name="Lambda Tainted SQL String Construction",
    severity="HIGH",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into an SQL string that is executed (DB-API execute(), Athena, the RDS or Redshift Data API). Keep the SQL constant and pass event values as query parameters (placeholders with a parameters argument, Parameters=/parameters=/ExecutionParameters=).",
)
def detect_lambda_tainted_sql_string():
    """Lambda event data in SQL text given to execute() of other/unknown drivers, or to the AWS SQL data APIs."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # DB-API execute() on a driver object the driver-specific rules do not cover (sqlite3, pyodbc,
            # psycopg 3 connections, connections returned by helpers), called with the SQL text alone: a call
            # that also passes parameters is not a sink, so a parameterised query is never reported.
            And(
                calls(
                    "*.execute",
                    "*.executemany",
                    "*.executescript",
                    "*.exec_driver_sql",
                    match_position={1: missing()},
                    match_name={
                        "params": missing(),
                        "parameters": missing(),
                        "args": missing(),
                        "vars": missing(),
                        "seq_of_parameters": missing(),
                    },
                ),
                Not(DriverSpecific.method("execute", "executemany", "executescript", "exec_driver_sql")),
            ),
            # AWS SQL APIs: the SQL text argument only (values belong in the parameters argument).
            calls("*.start_query_execution").tracks("QueryString"),
            calls("*.execute_statement", "*.batch_execute_statement").tracks("sql", "Sql", "Sqls"),
        ],
        sanitized_by=[
            # Raw SQL fragments reported where they are built (SQLAlchemy text()/literal_column() by
            # PYTHON-LAMBDA-SEC-014, psycopg sql.SQL() by -011), and psycopg's quoting helpers.
            calls(
                "sqlalchemy.text",
                "sqlalchemy.sql.text",
                "sqlalchemy.sql.expression.text",
                "sqlalchemy.literal_column",
                "sqlalchemy.sql.literal_column",
                "sqlalchemy.sql.expression.literal_column",
                "psycopg2.sql.SQL",
                "psycopg.sql.SQL",
                "psycopg2.sql.Identifier",
                "psycopg2.sql.Literal",
                "psycopg.sql.Identifier",
                "psycopg.sql.Literal",
                "psycopg2.extensions.quote_ident",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
