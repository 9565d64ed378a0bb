from codepathfinder import calls, dynamic, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-010",
    name="Dangerous os.system() Call",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="os.system()/os.popen() run a command line built at run time through the shell, so shell metacharacters in the data run extra commands. Use subprocess.run() with an argument list (no shell), or quote every value with shlex.quote().",
)
def detect_os_system():
    """os.system / os.popen (and the Python 2 popen2-4) whose command is not a constant string."""
    return Or(
        calls("os.system", "posix.system", "nt.system", match_position={0: dynamic()}),
        calls("os.system", match_name={"command": dynamic()}),
        calls("os.popen", "os.popen2", "os.popen3", "os.popen4", match_position={0: dynamic()}),
        calls("os.popen", match_name={"cmd": dynamic()}),
    )
