from codepathfinder import calls, dynamic, regex, Or
from codepathfinder.python_decorators import python_rule

# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*|sys\.executable)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-LANG-SEC-012",
    name="Dangerous os.spawn*() Call",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="os.spawn*()/os.posix_spawn() start a program or shell script chosen at run time. Run a fixed program path with an argument list (subprocess.run([...]) is simpler), and never hand run-time data to a shell's -c script.",
)
def detect_os_spawn():
    """os.spawn* / os.posix_spawn* whose program is not a constant, or that run a shell -c with a non-constant script."""
    return Or(
        # os.spawnl(mode, path, ...): the program is argument 1.
        calls(
            "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe",
            "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe",
            match_position={1: dynamic()},
        ),
        # os.posix_spawn(path, argv, env): the program is argument 0.
        calls("os.posix_spawn", "os.posix_spawnp", match_position={0: dynamic()}),
        # os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", script) and the "-e", "-c" variant
        calls(
            "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe",
            match_position={1: regex(SHELL), 3: regex(SCRIPT_FLAG), 4: dynamic()},
        ),
        calls(
            "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe",
            match_position={1: regex(SHELL), 4: regex(SCRIPT_FLAG), 5: dynamic()},
        ),
        # os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", script])
        calls(
            "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe",
            match_position={1: regex(SHELL), "2[1]": regex(SCRIPT_FLAG), "2[2]": dynamic()},
        ),
        calls(
            "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe",
            match_position={1: regex(SHELL), "2[2]": regex(SCRIPT_FLAG), "2[3]": dynamic()},
        ),
        # os.posix_spawn("/bin/sh", ["sh", "-c", script], env)
        calls(
            "os.posix_spawn", "os.posix_spawnp",
            match_position={0: regex(SHELL), "1[1]": regex(SCRIPT_FLAG), "1[2]": dynamic()},
        ),
        calls(
            "os.posix_spawn", "os.posix_spawnp",
            match_position={0: regex(SHELL), "1[2]": regex(SCRIPT_FLAG), "1[3]": dynamic()},
        ),
    )
