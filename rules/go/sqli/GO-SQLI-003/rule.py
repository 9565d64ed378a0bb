from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPRequest,
    GoSqlxDB,
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
    id="GO-SQLI-003",
    name="SQL Injection via sqlx",
    severity="CRITICAL",
    category="security",
    cwe="CWE-89",
    owasp="A03:2021",
    message="HTTP request data is built into the SQL text run through sqlx. Keep the statement constant and pass values as bind arguments (db.Get(&u, \"... WHERE id = $1\", id)).",
)
def detect_sqlx_sql_injection():
    """Request data reaching the SQL text of sqlx's query and exec methods."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoSqlxDB.method("Query", "Queryx", "QueryRow", "QueryRowx", "Exec", "MustExec", "NamedExec", "NamedQuery").tracks(0),
            # Select and Get scan into their first argument; the query comes second.
            GoSqlxDB.method("Select", "Get").tracks(1),
        ],
        sanitized_by=[
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["allow_list", "regex"],
    )
