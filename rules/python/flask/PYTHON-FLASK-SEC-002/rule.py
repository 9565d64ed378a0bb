from codepathfinder import calls, dynamic, flows, regex, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


class Subprocess(QueryType):
    """The subprocess module's functions, through any import style."""

    fqns = ["subprocess"]


# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-FLASK-SEC-002",
    name="Flask Command Injection via subprocess",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Flask request data reaches a command that subprocess runs through a shell, or chooses the program it runs. Pass a fixed program and an argument list without shell=True, or quote each value with shlex.quote().",
)
def detect_flask_subprocess_injection():
    """Request data in a shell command line (shell=True, getoutput, a sh -c script) or in the program name."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            # shell=True: the whole command line is parsed by /bin/sh (or cmd.exe).
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where("shell", True).tracks(0, "args"),
            # getoutput()/getstatusoutput() and asyncio's shell variant always use the shell.
            Subprocess.method("getoutput", "getstatusoutput").tracks(0, "cmd"),
            calls("asyncio.create_subprocess_shell").tracks(0, "cmd"),
            # Without a shell: a command that is not a fixed list (a string or an opaque value), so the data
            # decides which program runs ...
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where(0, dynamic()).tracks(0),
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where("args", dynamic()).tracks("args"),
            # ... or an argument list whose program (first element) is chosen at run time ...
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": dynamic()},
            ).tracks(0),
            calls("asyncio.create_subprocess_exec").tracks(0, "program"),
            # ... or a list that starts a shell with a script: ["sh", "-c", script], ["cmd", "/c", line].
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(SHELL), "0[1]": regex(SCRIPT_FLAG)},
            ).tracks(0),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(SHELL), "0[2]": regex(SCRIPT_FLAG)},
            ).tracks(0),
        ],
        sanitized_by=[
            calls("shlex.quote", "shlex.join", "pipes.quote"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
