from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


@python_rule(
    id="PYTHON-WEB-SEC-004",
    name="FastAPI, aiohttp and Tornado Path Traversal",
    severity="HIGH",
    category="web",
    cwe="CWE-22",
    owasp="A01:2021",
    message="Request data is used in a file path that is opened, so ../ sequences or an absolute path reach files outside the intended directory. Reduce the name with os.path.basename() or werkzeug's secure_filename(), or resolve the path and check it stays under the base directory.",
)
def detect_web_path_traversal():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers in the path of a file that is opened."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls("open", "builtins.open", "io.open").tracks(0, "file"),
            calls("codecs.open").tracks(0, "filename"),
            calls("os.open").tracks(0, "path"),
            # Starlette/FastAPI and aiohttp file responses, aiofiles.
            calls("starlette.responses.FileResponse", "fastapi.responses.FileResponse").tracks(0, "path"),
            calls("aiohttp.web.FileResponse").tracks(0, "path"),
            calls("aiofiles.open").tracks(0, "file"),
            # pathlib: the path object a method opens, reads, writes, tests or removes.
            calls(
                "pathlib.Path.open", "pathlib.Path.read_text", "pathlib.Path.read_bytes", "pathlib.Path.write_text",
                "pathlib.Path.write_bytes", "pathlib.Path.exists", "pathlib.Path.is_file", "pathlib.Path.unlink",
                "pathlib.Path.rmdir", "pathlib.Path.touch",
            ).tracks("self"),
            # Existence and size checks reveal which files exist.
            calls("os.path.exists", "os.path.isfile", "os.path.isdir", "os.path.getsize").tracks(0, "path"),
            # Deleting, copying and moving files the client names.
            calls("os.remove", "os.unlink", "os.rmdir", "shutil.rmtree").tracks(0, "path"),
            calls("shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move").tracks(0, 1, "src", "dst"),
        ],
        sanitized_by=[
            calls("os.path.basename", "posixpath.basename", "ntpath.basename"),
            calls("werkzeug.utils.secure_filename", "werkzeug.security.safe_join"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["path_traversal", "regex", "charset", "allow_list"],
    )
