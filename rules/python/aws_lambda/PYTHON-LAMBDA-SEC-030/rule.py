from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-030",
    name="Lambda Path Traversal",
    severity="HIGH",
    category="aws_lambda",
    cwe="CWE-22",
    owasp="A01:2021",
    message="Data from the Lambda event is used in the path of a file that is opened, tested, copied or removed, so ../ sequences or an absolute path reach files outside the intended directory (the function's code, /tmp of other invocations, /proc). Reduce the name with os.path.basename(), or resolve the path and check that it stays under the base directory.",
)
def detect_lambda_path_traversal():
    """Lambda event data in the path of open(), pathlib methods, os.path checks, os.remove and shutil copies."""
    return flows(
        from_sources=LAMBDA_EVENT,
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
            calls("os.remove", "os.unlink", "os.rmdir").tracks(0, "path"),
            calls("shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move").tracks(0, 1, "src", "dst"),
            calls("shutil.rmtree").tracks(0, "path"),
        ],
        sanitized_by=[
            # Reduce an event-supplied name to one path component.
            calls("os.path.basename", "posixpath.basename", "ntpath.basename"),
            calls("werkzeug.utils.secure_filename", "werkzeug.security.safe_join"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["path_traversal", "regex", "charset", "allow_list"],
    )
