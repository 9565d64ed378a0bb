from codepathfinder import calls, dynamic, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-005",
    name="Non-literal import Detected",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-470",
    owasp="A03:2021",
    message="A module is imported or loaded from a name or path only known at run time; importing runs the module's code, so outside data can choose which code runs. Map accepted values to fixed module names with an explicit allow-list.",
)
def detect_non_literal_import():
    """Importing or running a module whose name or file path is not a constant."""
    return Or(
        # By module name.
        calls(
            "builtins.__import__",
            "importlib.import_module",
            "importlib.__import__",
            "runpy.run_module",
            "django.utils.module_loading.import_string",
            "werkzeug.utils.import_string",
            match_position={0: dynamic()},
        ),
        calls("importlib.import_module", "importlib.__import__", "builtins.__import__", match_name={"name": dynamic()}),
        calls("runpy.run_module", match_name={"mod_name": dynamic()}),
        calls("django.utils.module_loading.import_string", match_name={"dotted_path": dynamic()}),
        calls("werkzeug.utils.import_string", match_name={"import_name": dynamic()}),
        # By file path: the file's code runs when the module is executed.
        calls("runpy.run_path", match_position={0: dynamic()}),
        calls("runpy.run_path", match_name={"path_name": dynamic()}),
        calls(
            "importlib.util.spec_from_file_location",
            "importlib.machinery.SourceFileLoader",
            "importlib.machinery.SourcelessFileLoader",
            "importlib.machinery.ExtensionFileLoader",
            "imp.load_source",
            "imp.load_compiled",
            "imp.load_dynamic",
            match_position={1: dynamic()},
        ),
        calls("importlib.util.spec_from_file_location", match_name={"location": dynamic()}),
        calls("importlib.machinery.SourceFileLoader", "importlib.machinery.SourcelessFileLoader", "importlib.machinery.ExtensionFileLoader", match_name={"path": dynamic()}),
    )
