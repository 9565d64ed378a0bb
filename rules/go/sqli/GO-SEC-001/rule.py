from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPRequest,
    GoSQLDB,
    GoStrconv,
)


class GoGorillaMux(QueryType):
    fqns = ["github.com/gorilla/mux"]
    match_subclasses = False


class GoChiRouter(QueryType):
    fqns = ["github.com/go-chi/chi/v5"]
    patterns = ["chi.*"]
    match_subclasses = False


# What a client controls in a Go HTTP handler: net/http, gorilla/mux and chi route variables, gin, echo, fiber.
HTTP_INPUT = [
    GoHTTPRequest.method("FormValue", "PostFormValue", "Cookie", "Cookies", "Referer", "UserAgent", "FormFile"),
    GoHTTPRequest.attr("URL", "Form", "PostForm", "MultipartForm", "Header", "Body", "Host", "RequestURI"),
    GoGorillaMux.method("Vars"),
    GoChiRouter.method("URLParam", "URLParamFromCtx"),
    GoGinContext.method(
        "Query", "DefaultQuery", "GetQuery", "QueryArray", "QueryMap", "Param", "PostForm", "DefaultPostForm",
        "GetPostForm", "PostFormArray", "GetHeader", "Cookie", "GetRawData", "ShouldBind", "ShouldBindJSON",
        "ShouldBindQuery", "ShouldBindUri", "ShouldBindWith", "Bind", "BindJSON", "BindQuery",
    ),
    GoEchoContext.method("QueryParam", "QueryParams", "QueryString", "Param", "ParamValues", "FormValue", "FormParams", "Cookie", "Bind"),
    GoFiberCtx.method("Query", "Queries", "Params", "FormValue", "Get", "Body", "BodyParser", "QueryParser", "Cookies", "OriginalURL"),
]


@go_rule(
    id="GO-SEC-001",
    name="SQL Injection via database/sql",
    severity="CRITICAL",
    category="security",
    cwe="CWE-89",
    owasp="A03:2021",
    message="HTTP request data is built into the text of an SQL statement run through database/sql. Pass it as a query argument (db.Query(\"... WHERE id = $1\", id)) instead of concatenating or formatting it into the query.",
)
def detect_go_database_sql_injection():
    """Request data reaching the query text of database/sql's Query, QueryRow, Exec and Prepare."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoSQLDB.method("Query", "QueryRow", "Exec", "Prepare").tracks(0),
            # The context variants take the query second.
            GoSQLDB.method("QueryContext", "QueryRowContext", "ExecContext", "PrepareContext").tracks(1),
        ],
        sanitized_by=[
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["allow_list", "regex"],
    )
