from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# Reduce a client-supplied name to one safe file name, or join it under a base directory and refuse escapes.
PATH_SANITIZERS = [
    calls("os.path.basename", "posixpath.basename", "ntpath.basename"),
    calls("django.utils._os.safe_join"),
    calls("django.utils.text.get_valid_filename"),
    calls("werkzeug.utils.secure_filename"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-041",
    name="Django Path Traversal via os.path.join()",
    severity="HIGH",
    category="django",
    cwe="CWE-22",
    owasp="A01:2021",
    message="Request data is joined into a file path with os.path.join(); '..' segments or an absolute path escape the base directory. Use django.utils._os.safe_join(BASE_DIR, name), or reduce the name with os.path.basename().",
)
def detect_django_path_join_traversal():
    """Request data passed to os.path.join() (any component)."""
    return flows(
        from_sources=DJANGO_REQUEST,
        # Any argument: an absolute later component discards everything before it, ".." climbs out of it.
        to_sinks=[calls("os.path.join", "posixpath.join", "ntpath.join")],
        sanitized_by=PATH_SANITIZERS,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["path_traversal", "regex", "charset", "allow_list"],
    )
