from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


@python_rule(
    id="PYTHON-FLASK-SEC-007",
    name="Flask Path Traversal via open()",
    severity="HIGH",
    category="flask",
    cwe="CWE-22",
    owasp="A01:2021",
    message="Flask request data is used in a file path opened by open() or used by a pathlib, os.path or shutil file operation, so ../ sequences or an absolute path reach files outside the intended directory. Reduce the name with werkzeug.utils.secure_filename() or os.path.basename(), or build the path with werkzeug.security.safe_join() and reject None.",
)
def detect_flask_path_traversal_open():
    """Request data flowing into the path given to open() / io.open() / codecs.open() / os.open()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls("open", "builtins.open", "io.open").tracks(0, "file"),
            calls("codecs.open").tracks(0, "filename"),
            calls("os.open").tracks(0, "path"),
            # pathlib: the path object a method opens, reads, writes, tests or removes.
            calls(
                "pathlib.Path.open", "pathlib.Path.read_text", "pathlib.Path.read_bytes", "pathlib.Path.write_text",
                "pathlib.Path.write_bytes", "pathlib.Path.exists", "pathlib.Path.is_file", "pathlib.Path.unlink",
                "pathlib.Path.rmdir", "pathlib.Path.touch",
            ).tracks("self"),
            # Existence and size checks reveal which files exist; removal and copies act on them.
            calls("os.path.exists", "os.path.isfile", "os.path.isdir", "os.path.getsize").tracks(0, "path"),
            calls("os.remove", "os.unlink").tracks(0, "path"),
            calls("shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move").tracks(0, 1, "src", "dst"),
            calls("shutil.rmtree").tracks(0, "path"),
        ],
        sanitized_by=[
            # Reduce a client-supplied name to one safe path component.
            calls("werkzeug.utils.secure_filename", "werkzeug.secure_filename"),
            calls("os.path.basename", "posixpath.basename", "ntpath.basename"),
            # Join under a base directory, returning None when the result would escape it.
            calls(
                "werkzeug.security.safe_join",
                "werkzeug.utils.safe_join",
                "flask.safe_join",
                "flask.helpers.safe_join",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["path_traversal", "regex", "charset", "allow_list"],
    )
