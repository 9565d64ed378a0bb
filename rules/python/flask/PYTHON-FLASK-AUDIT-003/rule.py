from codepathfinder import calls, And, Not, Or, QueryType
from codepathfinder.python_decorators import python_rule


class FlaskApps(QueryType):
    """Flask applications (and Dash apps, which run on Flask's server), by type or by the usual variable names."""

    fqns = ["flask.Flask", "flask.app.Flask", "dash.Dash"]
    patterns = ["app", "application", "flask_app", "*.app", "*_app", "*.application", "*_app()"]


class SocketIOServers(QueryType):
    """Flask-SocketIO's socketio.run(app, host=None, port=None, **kwargs), which starts the app's server."""

    fqns = ["flask_socketio.SocketIO"]


class OtherApps(QueryType):
    """Applications of other frameworks that share the `app.run(host=...)` spelling."""

    fqns = ["sanic.Sanic", "quart.Quart", "fastapi.FastAPI", "bottle.Bottle", "aiohttp.web.Application"]


# IPv4 and IPv6 wildcard addresses. Flask replaces an empty host by 127.0.0.1, so "" is not listed.
ALL_INTERFACES = ["0.0.0.0", "::", "0:0:0:0:0:0:0:0"]


@python_rule(
    id="PYTHON-FLASK-AUDIT-003",
    name="Flask Bound to All Interfaces",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-668",
    owasp="A05:2021",
    message="The Flask development server listens on every network interface. Bind it to 127.0.0.1 (the default) and serve production traffic through a WSGI server such as gunicorn behind a reverse proxy.",
)
def detect_flask_all_interfaces():
    """app.run(host=...) / run_simple(hostname, ...) with a wildcard address."""
    return Or(
        And(
            Or(
                FlaskApps.method("run", "run_server").where("host", ALL_INTERFACES),
                FlaskApps.method("run", "run_server").where(0, ALL_INTERFACES),
                SocketIOServers.method("run").where("host", ALL_INTERFACES),
                SocketIOServers.method("run").where(1, ALL_INTERFACES),
            ),
            Not(OtherApps.method("run", "run_server")),
        ),
        calls("werkzeug.serving.run_simple", match_position={0: ALL_INTERFACES}),
        calls("werkzeug.serving.run_simple", match_name={"hostname": ALL_INTERFACES}),
    )
