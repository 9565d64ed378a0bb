from codepathfinder import calls, regex, And, Not, Or
from codepathfinder.python_decorators import python_rule

# A shell word that starts with "*": the shell expands it to file names, and a file named "-rf" or
# "--checkpoint-action=exec=sh x.sh" becomes an option. "dir/*", "./*", "'*.py'" and "--include=*.py" do not match.
WILDCARD = r"(^|[\s;&|(`])\*"
# "--" ends option parsing: names expanded after it are always operands.
END_OF_OPTIONS = r"(^|\s)--\s"
SHELL = r"(?i)^(\S*[/\\])?(ba|da|z|k|mk|a)?sh$"
SCRIPT_FLAG = r"^-[a-z]{0,3}c[a-z]{0,3}$"


@python_rule(
    id="PYTHON-LANG-SEC-013",
    name="System Call with Wildcard",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="A shell command expands a bare * wildcard; file names that start with '-' become options (tar --checkpoint-action, chown --reference, rsync -e) and can run commands. Write ./* or put -- before the wildcard, or list the files in Python and pass them as arguments.",
)
def detect_shell_wildcard():
    """Constant shell command lines with a word that starts with *, run through a shell."""
    return And(
        Or(
            calls("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", match_position={0: regex(WILDCARD)}),
            calls("asyncio.create_subprocess_shell", match_position={0: regex(WILDCARD)}),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={0: regex(WILDCARD)},
                match_name={"shell": True},
            ),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(WILDCARD)},
                match_name={"shell": True},
            ),
            # ["sh", "-c", "tar cf a.tar *"]: the shell expands the wildcard even without shell=True.
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_position={"0[0]": regex(SHELL), "0[1]": regex(SCRIPT_FLAG), "0[2]": regex(WILDCARD)},
            ),
        ),
        Not(
            Or(
                calls("*", match_position={0: regex(END_OF_OPTIONS)}),
                calls("*", match_position={"0[0]": regex(END_OF_OPTIONS)}),
                calls("*", match_position={"0[2]": regex(END_OF_OPTIONS)}),
            )
        ),
    )
