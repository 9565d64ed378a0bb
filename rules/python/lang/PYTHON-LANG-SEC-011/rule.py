from codepathfinder import calls, dynamic, regex, Or
from codepathfinder.python_decorators import python_rule

# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*|sys\.executable)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-LANG-SEC-011",
    name="Dangerous os.exec*() Call",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="os.exec*() replaces the process with a program or shell script chosen at run time. Run a fixed program path with an argument list, and never hand run-time data to a shell's -c script; quote it with shlex.quote() if a shell is unavoidable.",
)
def detect_os_exec():
    """os.exec* whose program is not a constant, or that starts a shell/interpreter -c with a non-constant script."""
    return Or(
        # The program itself comes from run-time data.
        calls(
            "os.execl", "os.execle", "os.execlp", "os.execlpe",
            "os.execv", "os.execve", "os.execvp", "os.execvpe",
            match_position={0: dynamic()},
        ),
        # os.execl("/bin/sh", "sh", "-c", script) and os.execl("/bin/bash", "bash", "-e", "-c", script)
        calls(
            "os.execl", "os.execle", "os.execlp", "os.execlpe",
            match_position={0: regex(SHELL), 2: regex(SCRIPT_FLAG), 3: dynamic()},
        ),
        calls(
            "os.execl", "os.execle", "os.execlp", "os.execlpe",
            match_position={0: regex(SHELL), 3: regex(SCRIPT_FLAG), 4: dynamic()},
        ),
        # os.execv("/bin/sh", ["sh", "-c", script]) and ["bash", "-e", "-c", script]
        calls(
            "os.execv", "os.execve", "os.execvp", "os.execvpe",
            match_position={0: regex(SHELL), "1[1]": regex(SCRIPT_FLAG), "1[2]": dynamic()},
        ),
        calls(
            "os.execv", "os.execve", "os.execvp", "os.execvpe",
            match_position={0: regex(SHELL), "1[2]": regex(SCRIPT_FLAG), "1[3]": dynamic()},
        ),
    )
