from codepathfinder import calls, dynamic, flows, regex, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


class OS(QueryType):
    """The os module's functions, through any import style."""

    fqns = ["os"]


class Subprocess(QueryType):
    """The subprocess module's functions, through any import style."""

    fqns = ["subprocess"]


# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-WEB-SEC-001",
    name="FastAPI, aiohttp and Tornado Command Injection",
    severity="CRITICAL",
    category="web",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Request data reaches a command line that a shell parses (os.system, os.popen, subprocess with shell=True or a sh -c script) or chooses the program run. Pass a fixed program and an argument list without a shell, or quote each value with shlex.quote().",
)
def detect_web_command_injection():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers reaching a shell command."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            OS.method("system", "popen").tracks(0, "command", "cmd"),
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where("shell", True).tracks(0, "args"),
            Subprocess.method("getoutput", "getstatusoutput").tracks(0, "cmd"),
            # os.execl("/bin/sh", "sh", "-c", line): a shell running a script line built from request data
            # (spawnl takes the mode first); a program chosen at run time. Plain arguments after a fixed
            # program are not commands.
            calls("os.execl", "os.execle", "os.execlp", "os.execlpe", match_position={0: regex(SHELL), 2: regex(SCRIPT_FLAG)}).tracks(3),
            calls("os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", match_position={1: regex(SHELL), 3: regex(SCRIPT_FLAG)}).tracks(4),
            OS.method("execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe").where(0, dynamic()).tracks(0),
            calls("asyncio.create_subprocess_shell").tracks(0, "cmd"),
            # Without a shell: a command that is a string or an opaque value, or a list whose program is
            # chosen at run time, or a list that starts a shell with a script.
            Subprocess.method("call", "check_call", "check_output", "run", "Popen").where(0, dynamic()).tracks(0),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": dynamic()},
            ).tracks(0),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(SHELL), "0[1]": regex(SCRIPT_FLAG)},
            ).tracks(0),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(SHELL), "0[2]": regex(SCRIPT_FLAG)},
            ).tracks(0),
        ],
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
