from codepathfinder import Or, QueryType, dynamic
from codepathfinder.python_decorators import python_rule


class CodeModule(QueryType):
    fqns = ["code"]


class InteractiveInterpreter(QueryType):
    # InteractiveConsole inherits from InteractiveInterpreter; project subclasses of either are included.
    fqns = ["code.InteractiveInterpreter", "code.InteractiveConsole"]


@python_rule(
    id="PYTHON-LANG-SEC-003",
    name="Dangerous code.InteractiveConsole Usage (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A03:2021",
    message="An interactive Python interpreter (code module) gives whoever feeds it input full control of the process. Remove it from shipped code, or keep it behind a local-only, authenticated, explicitly enabled debug switch.",
)
def detect_code_interactive_console():
    """A REPL created or started, or source of unknown origin compiled/run through the code module."""
    return Or(
        # code.InteractiveConsole(...), code.InteractiveInterpreter(...) and project subclasses of them.
        InteractiveInterpreter.method("__init__"),
        # code.interact(): a read-eval-print loop on stdin/stdout (or whatever they are redirected to).
        CodeModule.method("interact"),
        # Feeding a console or interpreter source that is not a constant.
        InteractiveInterpreter.method("push", "runsource", "runcode").where(0, dynamic()),
        InteractiveInterpreter.method("runsource").where("source", dynamic()),
        # code.compile_command() is the REPL's compiler: non-constant source is about to be executed.
        CodeModule.method("compile_command").where(0, dynamic()),
        CodeModule.method("compile_command").where("source", dynamic()),
    )
