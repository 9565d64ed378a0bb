from codepathfinder import calls, And, Not, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-115",
    name="Web Framework Debug Mode Enabled",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-489",
    owasp="A05:2021",
    message="Debug mode is switched on in code: error pages then show stack traces, local variables and settings (Django also lists every setting and URL). Leave debug off in code and enable it only on a developer's machine through an environment variable.",
)
def detect_framework_debug_mode():
    """DEBUG = True in a Django settings module; debug=True for aiohttp, FastAPI, Starlette, Tornado, Bottle, Sanic."""
    return Or(
        # Django settings modules (settings.py, *settings.py, settings/production.py); development and test
        # settings and Django's global_settings defaults are not deployed configuration.
        And(
            calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: "DEBUG", 1: True}),
            Not(calls("*.global_settings.__assign__", "*dev*.__assign__", "*local*.__assign__", "*test*.__assign__")),
        ),
        # Application objects created with debug=True: tracebacks in HTTP responses.
        calls(
            "aiohttp.web.Application",
            "fastapi.FastAPI",
            "starlette.applications.Starlette",
            "tornado.web.Application",
            match_name={"debug": True},
        ),
        # aiohttp's event-loop debug, Bottle's debug switch, Sanic's app.run(debug=True).
        calls("aiohttp.web.run_app", match_name={"debug": True}),
        calls("bottle.debug", match_position={0: True}),
        calls("bottle.run", match_name={"debug": True}),
        calls("sanic.Sanic.run", match_name={"debug": True}),
        # aiohttp-debugtoolbar and Tornado's autoreload-with-tracebacks settings.
        calls("aiohttp_debugtoolbar.setup"),
        calls("tornado.web.Application", match_name={"serve_traceback": True}),
    )
