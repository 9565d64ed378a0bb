from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-025",
    name="Missing -y flag for yum",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="yum install is run without -y (or --assumeyes); the build has no terminal to answer the confirmation prompt, so it aborts or hangs. Add the flag.",
)
def detect_yum_install_without_yes():
    """RUN that installs packages with yum without the flag that answers its confirmation prompt."""
    return instruction(
        type="RUN",
        regex=r"\byum(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:install|groupinstall|localinstall|reinstall)\b",
        not_regex=r"(?:^|[\s\x22])(?:-[qCv]*y[qCv]*|--assumeyes)(?:[\s\x22,;&|]|$)|(?i:assumeyes)=(?:1|true|yes)\b",
    )
