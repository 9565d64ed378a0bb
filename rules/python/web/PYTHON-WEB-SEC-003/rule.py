from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


@python_rule(
    id="PYTHON-WEB-SEC-003",
    name="FastAPI, aiohttp and Tornado Code Injection",
    severity="CRITICAL",
    category="web",
    cwe="CWE-95",
    owasp="A03:2021",
    message='Request data reaches code that eval(), exec() or compile() runs, so the client can run any Python in the server. Parse data with json.loads() or ast.literal_eval(), or map the request value to a fixed set of operations.',
)
def detect_web_code_injection():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers evaluated as Python code."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls("eval", "builtins.eval", "exec", "builtins.exec").tracks(0, "source"),
            # compile() turns source text into a code object that exec()/eval() will run.
            calls("compile", "builtins.compile").tracks(0, "source"),
        ],
        # Nothing makes a string safe to evaluate; int() and float() already yield clean values.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
