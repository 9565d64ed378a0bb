from codepathfinder import calls, dynamic, flows, regex, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()


class Subprocess(QueryType):
    """The subprocess module, through any import style."""

    fqns = ["subprocess"]


# An argument list that starts an interpreter on a script: ["sh", "-c", line], ["bash", "-lc", line],
# ["cmd", "/c", line], ["powershell", "-Command", line], ["python3", "-c", code].
INTERPRETER = r"(?i)^(\S*[/\\])?((ba|da|z|k|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*)(\.exe)?$"
SCRIPT_OPTION = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-DJANGO-SEC-011",
    name="Django Command Injection via subprocess",
    severity="CRITICAL",
    category="django",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Request data reaches a subprocess command that runs through a shell or chooses the program to run. Use a fixed program with an argument list and no shell=True, or quote each value with shlex.quote().",
)
def detect_django_subprocess_injection():
    """Request data in a shell command line, in a script given to sh -c, or in the name of the program run."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # shell=True: /bin/sh (or cmd.exe) parses the whole command line.
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where("shell", True).tracks(0, "args"),
            # getoutput() and getstatusoutput() always run their command through the shell.
            Subprocess.method("getoutput", "getstatusoutput").tracks(0, "cmd"),
            # No shell, and the command is not a literal list: a string or a value built elsewhere decides
            # which program runs (and, for a list built elsewhere, all of its arguments).
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where(0, dynamic()).tracks(0),
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where("args", dynamic()).tracks("args"),
            # A literal list whose first element, the program, is computed at run time.
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": dynamic()},
            ).tracks(0),
            # A literal list that hands a script to an interpreter: the script is a shell command line.
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(INTERPRETER), "0[1]": regex(SCRIPT_OPTION)},
            ).tracks(0),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(INTERPRETER), "0[2]": regex(SCRIPT_OPTION)},
            ).tracks(0),
        ],
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
