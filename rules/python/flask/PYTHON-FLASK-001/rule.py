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
    """Applications of other frameworks that share the `app.run(debug=...)` spelling."""

    fqns = ["sanic.Sanic", "quart.Quart", "fastapi.FastAPI", "bottle.Bottle", "aiohttp.web.Application"]


class AppConfig(QueryType):
    """A Flask application's config mapping (app.config, current_app.config, self.app.config)."""

    patterns = ["*.config"]


@python_rule(
    id="PYTHON-FLASK-001",
    name="Flask Debug Mode Enabled",
    severity="HIGH",
    category="flask",
    cwe="CWE-489",
    owasp="A05:2021",
    message="Flask debug mode is enabled in code; its Werkzeug debugger lets anyone who reaches the server run Python. Remove debug=True and enable debugging only locally (flask run --debug or FLASK_DEBUG in your shell).",
)
def detect_flask_debug_mode():
    """app.run(debug=True / use_debugger=True), app.debug = True, DEBUG=True in app.config, FLASK_DEBUG in os.environ, run_simple(use_debugger=True)."""
    return Or(
        And(
            Or(
                FlaskApps.method("run", "run_server").where("debug", True),
                FlaskApps.method("run", "run_server").where(2, True),
                FlaskApps.method("run", "run_server").where("use_debugger", True),
                SocketIOServers.method("run").where("debug", True),
                SocketIOServers.method("run").where("use_debugger", True),
            ),
            Not(OtherApps.method("run", "run_server")),
        ),
        # app.debug = True
        FlaskApps.method("__setattr__").where(0, "debug").where(1, True),
        AppConfig.method("__setitem__").where(0, "DEBUG").where(1, True),
        AppConfig.method("update", "from_mapping").where("DEBUG", True),
        AppConfig.method("update", "from_mapping").where(0, {"DEBUG": True}),
        calls("os.environ.__setitem__", match_position={0: "FLASK_DEBUG", 1: ["1", "true", "True", "TRUE"]}),
        calls("werkzeug.serving.run_simple", match_name={"use_debugger": True}),
    )
