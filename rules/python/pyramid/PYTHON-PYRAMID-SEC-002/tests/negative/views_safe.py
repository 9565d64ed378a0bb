"""Safe look-alikes: escaped values, templates, JSON and plain-text responses, constants."""

import html
import json

from markupsafe import escape
from pyramid.renderers import render, render_to_response
from pyramid.response import Response
from pyramid.view import view_config

THEMES = {"dark": "<body class='dark'>", "light": "<body>"}
defaults = {"banner": "<p>Welcome!</p>"}


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "world")

    # Escaped values.
    Response("<h1>Hello %s</h1>" % html.escape(name))  # ok: PYTHON-PYRAMID-SEC-002
    Response(text="<p>" + escape(name) + "</p>")  # ok: PYTHON-PYRAMID-SEC-002

    # Templates escape by default.
    Response(render("templates/hello.pt", {"name": name}, request=request))  # ok: PYTHON-PYRAMID-SEC-002

    # JSON and plain text are not rendered as HTML.
    Response(json.dumps({"name": name}), content_type="application/json")  # ok: PYTHON-PYRAMID-SEC-002
    Response(text="Hello " + name, content_type="text/plain")  # ok: PYTHON-PYRAMID-SEC-002
    Response(json_body={"name": name})  # ok: PYTHON-PYRAMID-SEC-002

    # Numbers, allow-listed fragments, configuration.
    Response("<p>Page %d</p>" % int(request.params["page"]))  # ok: PYTHON-PYRAMID-SEC-002
    Response(THEMES[request.params["theme"]] + defaults.get("banner"))  # ok: PYTHON-PYRAMID-SEC-002
    Response(request.registry.settings.get("motd", "<p>Hi</p>"))  # ok: PYTHON-PYRAMID-SEC-002

    # Replaced by a constant; only compared.
    title = request.params.get("title")
    title = "Home"
    Response("<title>" + title + "</title>")  # ok: PYTHON-PYRAMID-SEC-002
    if request.params.get("debug") == "1":
        Response("<p>debug</p>")  # ok: PYTHON-PYRAMID-SEC-002
    return render_to_response("templates/hello.jinja2", {"name": name}, request=request)
