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
    id="PYTHON-DJANGO-SEC-040",
    name="Django Path Traversal via open()",
    severity="HIGH",
    category="django",
    cwe="CWE-22",
    owasp="A01:2021",
    message="Request data is part of the path given to open(). Reduce the name with os.path.basename() or build the path with django.utils._os.safe_join(BASE_DIR, name), which rejects paths outside BASE_DIR.",
)
def detect_django_open_path_traversal():
    """Request data reaching the file path opened by open(), io.open() or codecs.open()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            calls("open", "io.open", "codecs.open").tracks(0, "file", "filename"),
            # pathlib: the path object a method opens, reads, writes, tests or removes.
            calls(
                "pathlib.Path.open", "pathlib.Path.read_text", "pathlib.Path.read_bytes", "pathlib.Path.write_text",
                "pathlib.Path.write_bytes", "pathlib.Path.exists", "pathlib.Path.is_file", "pathlib.Path.unlink",
                "pathlib.Path.rmdir", "pathlib.Path.touch",
            ).tracks("self"),
            # Removal and copies act on the named files. (os.path existence checks are left to the Flask rule:
            # they are everywhere in library code and would make this rule walk most files.)
            calls("os.remove", "os.unlink").tracks(0, "path"),
            calls("shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move").tracks(0, 1, "src", "dst"),
            calls("shutil.rmtree").tracks(0, "path"),
        ],
        sanitized_by=PATH_SANITIZERS,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["path_traversal", "regex", "charset", "allow_list"],
    )
