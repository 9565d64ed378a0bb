from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPRequest,
    GoOSExec,
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
    id="GO-SEC-002",
    name="OS Command Injection via HTTP Input",
    severity="CRITICAL",
    category="security",
    cwe="CWE-78",
    owasp="A03:2021",
    message="HTTP request data reaches a command run with os/exec. Run a fixed program with fixed options, map the request to an allow-listed value, and never pass request text to a shell (sh -c).",
)
def detect_go_command_injection():
    """Request data reaching the program or arguments of exec.Command and exec.CommandContext."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoOSExec.method("Command"),
            # The context comes first.
            GoOSExec.method("CommandContext").tracks(1, 2, 3, 4, 5, 6, 7, 8),
        ],
        sanitized_by=[
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["allow_list", "regex"],
    )
