from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import instruction_after


@dockerfile_rule(
    id="DOCKER-BP-008",
    name="pip install Without --no-cache-dir",
    severity="LOW",
    category="performance",
    cwe="CWE-459",
    message="pip leaves pip's download and wheel cache (~/.cache/pip) in this layer. Pass --no-cache-dir to pip install (or set PIP_NO_CACHE_DIR=1).",
)
def detect_pip_install_without_no_cache_dir():
    """RUN that installs packages with pip and keeps pip's cache, unless ENV PIP_NO_CACHE_DIR was set earlier in the stage."""
    return instruction_after(
        instruction=instruction(
            type="RUN",
            regex=r"(?:^\s*(?:--\S+\s+)*(?:\[\s*\x22)?|[;&|(\n]\s*|\b(?:then|do|else)\s+)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:sudo\s+(?:-\S+\s+)*)?(?:[^\s\x22]*/)?(?:pip[23]?(?:\.\d+)?|python[23]?(?:\.\d+)?[\s\x22,]+-m[\s\x22,]+pip)(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+install\b",
            not_regex=r"--no-cache-dir|PIP_NO_CACHE_DIR=|/\.cache/pip",
        ),
        after=instruction(type="ENV", contains="PIP_NO_CACHE_DIR"),
        not_followed_by=True,
    )
