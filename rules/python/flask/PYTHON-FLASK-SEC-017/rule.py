from codepathfinder import dynamic, formatted, variable, And, Or, QueryType
from codepathfinder.python_decorators import python_rule


class FlaskSendFile(QueryType):
    """Flask's send_file(path_or_file, mimetype=None, as_attachment=False, download_name=None, ...)."""

    fqns = ["flask", "flask.helpers"]


class FileHelpers(QueryType):
    """Modules exporting send_file and send_from_directory (Flask's are thin wrappers around Werkzeug's)."""

    fqns = ["flask", "flask.helpers", "werkzeug.utils"]


@python_rule(
    id="PYTHON-FLASK-SEC-017",
    name="Flask Insecure Static File Serve",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-22",
    owasp="A01:2021",
    message="The file path given to send_file() (or the directory given to send_from_directory()) is built from request data or formatted strings, which allows ../ path traversal. Serve files with send_from_directory(FIXED_DIR, filename) and keep the directory constant.",
)
def detect_flask_insecure_file_serve():
    """send_file() with a formatted path or request data in its arguments; send_from_directory() with a formatted directory."""
    return Or(
        # path_or_file (Flask >= 2.0) was called filename_or_fp before.
        FileHelpers.method("send_file").where(0, formatted()),
        FileHelpers.method("send_file").where("path_or_file", formatted()),
        FileHelpers.method("send_file").where("filename_or_fp", formatted()),
        # Request data inside the call, with a path that is not a constant. (Werkzeug's own send_file is left
        # out here: it always receives request.environ as its second argument.)
        And(FlaskSendFile.method("send_file").where(0, dynamic()), variable("request")),
        And(FlaskSendFile.method("send_file").where("path_or_file", dynamic()), variable("request")),
        # send_from_directory joins the filename safely; only the directory is used as given.
        FileHelpers.method("send_from_directory").where(0, formatted()),
        FileHelpers.method("send_from_directory").where("directory", formatted()),
    )
