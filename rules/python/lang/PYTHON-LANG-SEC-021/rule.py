from codepathfinder import calls, dynamic, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-021",
    name="subprocess with shell=True",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="subprocess runs a command line built at run time with shell=True, so shell metacharacters in the data (; | $() `) run extra commands. Pass an argument list without shell=True, or quote every value with shlex.quote().",
)
def detect_subprocess_shell_true():
    """subprocess call/check_call/check_output/run/Popen with shell=True and a command that is not a constant."""
    return Or(
        calls(
            "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
            match_name={"shell": True, "args": dynamic()},
        ),
        # With shell=True the first list element is the shell script.
        calls(
            "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
            match_position={"0[0]": dynamic()},
            match_name={"shell": True},
        ),
    )
