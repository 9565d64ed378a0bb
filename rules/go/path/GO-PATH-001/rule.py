from codepathfinder import QueryType, flows, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import (
    GoEchoContext,
    GoFiberCtx,
    GoFilepath,
    GoGinContext,
    GoHTTPRequest,
    GoOS,
    GoStrconv,
)


class GoGorillaMux(QueryType):
    fqns = ["github.com/gorilla/mux"]
    match_subclasses = False


class GoChiRouter(QueryType):
    fqns = ["github.com/go-chi/chi/v5"]
    patterns = ["chi.*"]
    match_subclasses = False


class GoIOUtil(QueryType):
    fqns = ["io/ioutil"]
    match_subclasses = False


class GoHTTPServer(QueryType):
    fqns = ["net/http"]
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
    id="GO-PATH-001",
    name="Path Traversal via HTTP Input",
    severity="HIGH",
    category="security",
    cwe="CWE-22",
    owasp="A01:2021",
    message="HTTP request data chooses the path of a file that is opened, written, listed or removed. Take only the base name (filepath.Base), or join it under a fixed directory and check that the cleaned result still starts with that directory.",
)
def detect_go_path_traversal():
    """Request data reaching the path argument of os, io/ioutil and file-serving calls."""
    return flows(
        from_sources=HTTP_INPUT,
        to_sinks=[
            GoOS.method(
                "Open", "OpenFile", "Create", "ReadFile", "WriteFile", "Remove", "RemoveAll", "Mkdir", "MkdirAll",
                "ReadDir", "Stat", "Lstat", "Rename", "Chmod", "Truncate",
            ).tracks(0),
            GoIOUtil.method("ReadFile", "WriteFile", "ReadDir").tracks(0),
            GoHTTPServer.method("ServeFile").tracks(2),
            GoGinContext.method("File", "FileAttachment").tracks(0),
            GoEchoContext.method("File", "Attachment", "Inline").tracks(0),
            GoFiberCtx.method("SendFile", "Download").tracks(0),
        ],
        sanitized_by=[
            GoFilepath.method("Base"),
            # A number cannot climb out of a directory.
            GoStrconv.method("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["path_traversal", "allow_list", "regex"],
    )
