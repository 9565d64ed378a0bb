from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPRequest,
)


class GoGorillaMux(QueryType):
    fqns = ["github.com/gorilla/mux"]
    match_subclasses = False


class GoChiRouter(QueryType):
    fqns = ["github.com/go-chi/chi/v5"]
    patterns = ["chi.*"]
    match_subclasses = False


class GoHTTPServer(QueryType):
    fqns = ["net/http"]
    match_subclasses = False


class GoGinResponse(QueryType):
    fqns = ["github.com/gin-gonic/gin.Context"]
    match_subclasses = False


class GoEchoResponse(QueryType):
    fqns = ["github.com/labstack/echo/v4.Context"]
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
    id="GO-REDIRECT-001",
    name="Open Redirect via User-Controlled URL",
    severity="HIGH",
    category="security",
    cwe="CWE-601",
    owasp="A01:2021",
    message="HTTP request data chooses the target of a redirect, so a link to this site can send users to any other site (phishing, token theft). Redirect only to paths of this site or to hosts on an allow-list.",
)
def detect_go_open_redirect():
    """Request data reaching the target URL of http.Redirect and the gin, echo and fiber redirects."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoHTTPServer.method("Redirect").tracks(2),
            GoGinResponse.method("Redirect").tracks(1),
            GoEchoResponse.method("Redirect").tracks(1),
            GoFiberCtx.method("Redirect").tracks(0),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["url_host", "allow_list", "regex"],
    )
