from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPClient,
    GoHTTPRequest,
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
    id="GO-SSRF-002",
    name="SSRF via Outbound net/http Client Calls",
    severity="HIGH",
    category="security",
    cwe="CWE-918",
    owasp="A10:2021",
    message="HTTP request data chooses the URL this service requests with net/http, so a client can make it reach internal hosts or cloud metadata endpoints. Build the URL from a fixed host and check request-supplied hosts against an allow-list.",
)
def detect_net_http_ssrf():
    """Request data reaching the URL of http.Get, http.Post, client calls and http.NewRequest."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoHTTPClient.method("Get", "Head", "Post", "PostForm").tracks(0),
            GoHTTPClient.method("NewRequest").tracks(1),
            GoHTTPClient.method("NewRequestWithContext").tracks(2),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["url_host", "allow_list", "regex"],
    )
