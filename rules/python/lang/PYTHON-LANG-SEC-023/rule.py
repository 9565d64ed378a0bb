from codepathfinder import calls, dynamic, Or, QueryType
from codepathfinder.python_decorators import python_rule


class Interpreter(QueryType):
    # PEP 734 (concurrent.interpreters, Python 3.14) and its earlier home in test.support.
    fqns = [
        "concurrent.interpreters.Interpreter",
        "test.support.interpreters.Interpreter",
        "interpreters.Interpreter",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-023",
    name="Dangerous subinterpreters run_string",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Source code that is not a constant is run in a subinterpreter; a subinterpreter shares the process, its files and its privileges, so this is exec() under another name. Run fixed code or call a function (Interpreter.call) and pass data as arguments.",
)
def detect_subinterpreter_run_string():
    """Subinterpreter entry points that execute source text, given text that is not a constant."""
    return Or(
        # Low-level modules: run_string(interp_id, script) / exec(interp_id, code).
        calls(
            "_xxsubinterpreters.run_string",
            "_xxsubinterpreters.exec",
            "_interpreters.run_string",
            "_interpreters.exec",
            "subinterpreters.run_string",
            "interpreters.run_string",
            match_position={1: dynamic()},
        ),
        calls(
            "_xxsubinterpreters.run_string", "_interpreters.run_string", "subinterpreters.run_string", "interpreters.run_string",
            match_name={"script": dynamic()},
        ),
        calls("_xxsubinterpreters.exec", "_interpreters.exec", match_name={"code": dynamic()}),
        # High-level Interpreter objects: interp.exec(code), interp.exec_sync(code), interp.run(code).
        Interpreter.method("exec", "exec_sync", "run").where(0, dynamic()),
        Interpreter.method("exec").where("code", dynamic()),
    )
