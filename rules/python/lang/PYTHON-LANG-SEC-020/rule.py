from codepathfinder import calls, dynamic, regex, And, Not, Or
from codepathfinder.python_decorators import python_rule

# Programs that run their -c argument as code: POSIX shells, cmd.exe /c, PowerShell -Command, Python -c.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh|python[0-9.]*|sys\.executable)(\.exe)?$"
SCRIPT_FLAG = r"^(-[a-z]{0,3}c[a-z]{0,3}|/[cCkK]|-[Cc]ommand|-EncodedCommand)$"


@python_rule(
    id="PYTHON-LANG-SEC-020",
    name="Dangerous subprocess Usage",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="subprocess runs a command whose program, command line or shell script is decided at run time. Pass a fixed program as the first element of an argument list, keep run-time values to the later elements, and never build a shell -c script from data.",
)
def detect_dangerous_subprocess():
    """subprocess calls without shell=True whose command, program or -c script is not a constant."""
    return Or(
        And(
            Or(
                # The whole command is not statically known: a string built at run time, or an opaque object.
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_name={"args": dynamic()},
                ),
                # The program (first list element) is chosen at run time.
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_position={"0[0]": dynamic()},
                ),
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_name={"executable": dynamic()},
                ),
                # ["bash", "-c", script] / ["sh", "-e", "-c", script] / ["cmd", "/c", line]: a shell without shell=True.
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_position={"0[0]": regex(SHELL), "0[1]": regex(SCRIPT_FLAG), "0[2]": dynamic()},
                ),
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_position={"0[0]": regex(SHELL), "0[2]": regex(SCRIPT_FLAG), "0[3]": dynamic()},
                ),
            ),
            # shell=True calls are PYTHON-LANG-SEC-021's.
            Not(
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_name={"shell": True},
                )
            ),
        ),
        # getoutput()/getstatusoutput() always run their command through the shell.
        calls("subprocess.getoutput", "subprocess.getstatusoutput", match_name={"cmd": dynamic()}),
    )
