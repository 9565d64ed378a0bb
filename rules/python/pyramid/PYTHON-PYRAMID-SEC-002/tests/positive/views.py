"""Pyramid views that build HTML responses by hand."""

from pyramid.response import Response
from pyramid.view import view_config, view_defaults


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "world")
    return Response("<h1>Hello %s</h1>" % name)  # expect: PYTHON-PYRAMID-SEC-002


@view_config(route_name="item")
def item(request):
    # A path segment, echoed in a 404 page (the source inline in the call).
    return Response(body=f"<p>Item {request.matchdict['id']} not found</p>".encode(), status=404)  # expect: PYTHON-PYRAMID-SEC-002


@view_config(route_name="search")
def search(request):
    html = "<ul>"
    for term in request.GET.getall("q"):
        html += "<li>No results for " + term + "</li>"
    html += "</ul>"
    return Response(text=html, content_type="text/html", charset="utf-8")  # expect: PYTHON-PYRAMID-SEC-002


@view_defaults(route_name="profile")
class ProfileViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="POST")
    def update(self):
        bio = self.request.json_body.get("bio", "")
        if bio:
            body = "<div class='bio'>" + bio + "</div>"
        else:
            body = "<div class='bio'>No bio yet</div>"
        return Response(body)  # expect: PYTHON-PYRAMID-SEC-002


def error_page(message):
    # Reported here: the login view passes request data to it.
    return Response("<p class='error'>{}</p>".format(message), status=403)  # expect: PYTHON-PYRAMID-SEC-002


@view_config(route_name="login", request_method="POST")
def login(request):
    return error_page(request.POST["username"] + " is locked")


@view_config(route_name="notice")
def notice(request):
    response = Response(content_type="text/html")
    response.write("<p>" + request.params["msg"] + "</p>")  # expect: PYTHON-PYRAMID-SEC-002
    # Assigning to the body attribute is not a call: attribute stores are not sinks yet.
    request.response.text = "<p>" + request.params["msg"] + "</p>"  # todoruleid: PYTHON-PYRAMID-SEC-002
    return response
