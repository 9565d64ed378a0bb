from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoGormDB,
    GoHTTPRequest,
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
    id="GO-GORM-SQLI-001",
    name="SQL Injection via GORM Raw/Exec",
    severity="CRITICAL",
    category="security",
    cwe="CWE-89",
    owasp="A03:2021",
    message="HTTP request data is built into the SQL text passed to GORM's Raw or Exec. Keep the statement constant and pass values as arguments (db.Raw(\"... WHERE id = ?\", id)).",
)
def detect_gorm_raw_sql_injection():
    """Request data reaching the SQL text of gorm.DB.Raw and gorm.DB.Exec."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoGormDB.method("Raw", "Exec").tracks(0),
        ],
        sanitized_by=[
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["allow_list", "regex"],
    )
