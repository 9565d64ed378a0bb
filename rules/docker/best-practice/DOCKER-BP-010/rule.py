from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import instruction_after


@dockerfile_rule(
    id="DOCKER-BP-010",
    name="Missing pipefail in Shell Commands",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-754",
    message="This RUN pipes commands without pipefail, so a failure of any command but the last is ignored and the build continues with broken output (for example a failed download piped into a shell). Add set -o pipefail, or a SHELL with -o pipefail.",
)
def detect_pipe_without_pipefail():
    """A RUN with a shell pipe and no pipefail, unless an earlier SHELL in the same stage sets -o pipefail or is a Windows shell."""
    return instruction_after(
        instruction=instruction(type="RUN", regex=r"(?:^|[^|])(?:\s\||\|\s)(?:[^|]|$)", not_contains="pipefail"),
        # A SHELL that sets pipefail, or a Windows shell (PowerShell, cmd) for which pipefail means nothing.
        after=instruction(type="SHELL", regex=r"pipefail|(?i:\b(?:powershell|pwsh|cmd)(?:\.exe)?\b)"),
        not_followed_by=True,
    )
