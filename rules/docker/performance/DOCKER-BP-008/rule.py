from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-008",
    name="pip install Without --no-cache-dir",
    severity="LOW",
    category="performance",
    cwe="CWE-459",
    message="pip leaves pip's download and wheel cache (~/.cache/pip) in this layer. Pass --no-cache-dir to pip install (or set PIP_NO_CACHE_DIR=1).",
)
def detect_pip_install_without_no_cache_dir():
    """RUN that installs packages with pip and leaves pip's download and wheel cache (~/.cache/pip) in the layer."""
    return instruction(type="RUN", regex=r"(?:^\s*(?:--\S+\s+)*|[;&|(\n]\s*|\b(?:then|do|else)\s+)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:sudo\s+(?:-\S+\s+)*)?(?:\S*/)?(?:pip[23]?(?:\.\d+)?|python[23]?(?:\.\d+)?\s+-m\s+pip)(?:\s+-\S+)*\s+install\b", not_regex=r"--no-cache-dir|PIP_NO_CACHE_DIR=|/\.cache/pip")
