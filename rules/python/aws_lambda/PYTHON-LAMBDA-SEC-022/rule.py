from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-022",
    name="Lambda Code Injection via eval/exec",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Data from the Lambda event is evaluated as Python code (eval/exec/compile). Parse data instead: json.loads() for structures, ast.literal_eval() for Python literals, int()/float() for numbers, and a dictionary of allowed operations for choices.",
)
def detect_lambda_code_injection():
    """Lambda event data in the source argument of eval(), exec() or compile()."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # The code argument only: globals/locals dictionaries holding event data are not code.
            calls("eval", "exec", "compile").tracks(0, "source"),
        ],
        # A code object from compile() is reported where it is compiled, not again where it is run.
        sanitized_by=[calls("compile")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
