from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoGinContext,
    GoHTTPRequest,
    GoIO,
    GoStrconv,
)


class GoGorillaMux(QueryType):
    fqns = ["github.com/gorilla/mux"]
    match_subclasses = False


class GoChiRouter(QueryType):
    fqns = ["github.com/go-chi/chi/v5"]
    patterns = ["chi.*"]
    match_subclasses = False


class GoHTMLEscape(QueryType):
    fqns = ["html", "html/template", "text/template", "net/url"]
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
    id="GO-XSS-003",
    name="XSS via io.WriteString to http.ResponseWriter",
    severity="HIGH",
    category="security",
    cwe="CWE-79",
    owasp="A03:2021",
    message="HTTP request data is written into the response with io.WriteString without HTML escaping, so a crafted link runs script in the page. Render through html/template or escape the value with html.EscapeString.",
)
def detect_writestring_response_xss():
    """Request data written with io.WriteString (the string argument)."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoIO.method("WriteString").tracks(1),
        ],
        sanitized_by=[
            GoHTMLEscape.method("EscapeString", "HTMLEscapeString", "JSEscapeString", "QueryEscape", "PathEscape"),
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool", "Itoa", "Quote"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["allow_list", "regex"],
    )
