from codepathfinder import calls, dynamic, regex, Or
from codepathfinder.python_decorators import python_rule

# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*|sys\.executable)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-LANG-SEC-022",
    name="Dangerous asyncio Shell Execution",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="asyncio runs a command line built at run time through the shell, so shell metacharacters in the data run extra commands. Use asyncio.create_subprocess_exec() with a fixed program and separate arguments, or quote every value with shlex.quote().",
)
def detect_asyncio_shell():
    """asyncio shell subprocesses (create_subprocess_shell, loop.subprocess_shell, exec of sh -c) with a non-constant command."""
    return Or(
        calls("asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_shell", match_position={0: dynamic()}),
        calls("asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_shell", match_name={"cmd": dynamic()}),
        # loop.subprocess_shell(protocol_factory, cmd, ...)
        calls("*.subprocess_shell", match_position={1: dynamic()}),
        calls("*.subprocess_shell", match_name={"cmd": dynamic()}),
        # asyncio.create_subprocess_exec("sh", "-c", script): a shell after all.
        calls(
            "asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec",
            match_position={0: regex(SHELL), 1: regex(SCRIPT_FLAG), 2: dynamic()},
        ),
        calls(
            "asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec",
            match_position={0: regex(SHELL), 2: regex(SCRIPT_FLAG), 3: dynamic()},
        ),
        # loop.subprocess_exec(protocol_factory, "bash", "-c", script)
        calls("*.subprocess_exec", match_position={1: regex(SHELL), 2: regex(SCRIPT_FLAG), 3: dynamic()}),
    )
