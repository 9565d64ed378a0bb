from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-011",
    name="Prefer COPY Over ADD",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="ADD is used where COPY would do. ADD also fetches URLs without integrity checks and unpacks archives implicitly; use COPY for local files, and curl/wget with a checksum (or ADD --checksum) for downloads.",
)
def detect_add_instead_of_copy():
    """ADD that is not needed for what only ADD can do: not a local archive to extract, not a remote file verified with --checksum."""
    return instruction(
        type="ADD",
        not_contains="--checksum=",
        not_regex=r"(?:^|[\s\[\x22\x27,])[^\s\x22\x27:,]+\.(?:tar|tgz|tbz2?|txz|tzst|tar\.(?:gz|bz2|xz|zst|lz4))[\x22\x27]?(?:\s|,)",
    )
