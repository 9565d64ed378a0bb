from codepathfinder import QueryType
from codepathfinder.python_decorators import python_rule


class CsvModule(QueryType):
    # The standard library module and the drop-in unicodecsv; defusedcsv's wrappers are not matched.
    fqns = ["csv", "unicodecsv"]


@python_rule(
    id="PYTHON-LANG-SEC-094",
    name="csv.writer Without defusedcsv (Audit)",
    severity="LOW",
    category="lang",
    cwe="CWE-1236",
    owasp="A03:2021",
    message="CSV written with the csv module keeps cells starting with =, +, -, @ as they are; a spreadsheet opening the file runs them as formulas. If cells can hold user data, use defusedcsv (from defusedcsv import csv) or prefix such cells with a single quote.",
)
def detect_csv_writer_without_defusedcsv():
    """csv.writer() / csv.DictWriter() from the standard library (or unicodecsv)."""
    return CsvModule.method("writer", "DictWriter")
