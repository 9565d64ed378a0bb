from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-045",
    name="shelve Usage Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="shelve stores values as pickles, so reading a shelf file that someone else could write runs their code. Keep shelf files private to the application, or store data as JSON/SQLite.",
)
def detect_shelve_open():
    """Opening a shelf: shelve.open and the Shelf classes."""
    return calls("shelve.open", "shelve.Shelf", "shelve.DbfilenameShelf", "shelve.BsdDbShelf")
