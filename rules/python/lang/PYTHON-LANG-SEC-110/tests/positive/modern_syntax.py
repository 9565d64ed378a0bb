"""Python 3.12 syntax: PEP 701 f-strings, type statements and match, all parsed and analysed."""

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")

type Query = str
type Rows[T] = list[T]


@app.route("/catalog")
def catalog():
    params = request.args
    # PEP 701: the same quote character inside the replacement field.
    query: Query = f"//book[title='{params["title"]}']"
    match params.get("mode", "titles"):
        case "titles":
            rows: Rows[str] = CATALOG.xpath(query + "/title/text()")  # expect: PYTHON-LANG-SEC-110
        case str() as mode if mode.startswith("by-"):
            # The captured name holds the client's text.
            rows = CATALOG.xpath(f"//book[{mode.removeprefix("by-")}]")  # expect: PYTHON-LANG-SEC-110
        case _:
            rows = CATALOG.xpath(f"{"//"}book/{"title"}")  # ok: PYTHON-LANG-SEC-110
    return {"rows": [str(r) for r in rows]}


@app.route("/catalog/json", methods=["POST"])
def catalog_json():
    match request.get_json():
        case {"isbn": str(isbn), **rest}:
            rows = CATALOG.xpath(f"//book[@isbn='{isbn}']")  # expect: PYTHON-LANG-SEC-110
        case [first, *others]:
            rows = CATALOG.xpath("//book[@isbn=$isbn]", isbn=first)  # ok: PYTHON-LANG-SEC-110
        case _:
            rows = []
    return {"rows": len(rows)}


@app.route("/catalog/static")
def catalog_static():
    match "constant":
        case str(name):
            rows = CATALOG.xpath(f"//book[@shelf='{name}']")  # ok: PYTHON-LANG-SEC-110
    return {"rows": len(rows), "q": request.args.get("q")}
