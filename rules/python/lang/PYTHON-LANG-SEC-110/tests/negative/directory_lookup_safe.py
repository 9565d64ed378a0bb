import re
"""The same directory queries with constant expressions and XPath variables."""

import xml.etree.ElementTree as ET

import elementpath
from django.http import JsonResponse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("staff.xml")
ROSTER = ET.parse("roster.xml")
FIND_LOGIN = etree.XPath("//staff[login=$user and password=$password]")
SHIFTS = {"day": ".//shift[@name='day']/nurse", "night": ".//shift[@name='night']/nurse"}


@app.route("/staff")
def staff():
    name = request.args.get("name", "")
    # The value is an XPath variable, never parsed as part of the expression.
    rows = DIRECTORY.xpath("//staff[name=$name]/phone/text()", name=name)  # ok: PYTHON-LANG-SEC-110
    return {"phones": rows}


@app.route("/staff/login", methods=["POST"])
def login():
    found = FIND_LOGIN(DIRECTORY, user=request.form["user"], password=request.form["password"])
    compiled = etree.XPath("count(//staff)")  # ok: PYTHON-LANG-SEC-110
    return {"ok": bool(found), "total": compiled(DIRECTORY)}


@app.route("/staff/<int:team>")
def team(team):
    # A numeric route converter: the value is an int.
    root = DIRECTORY.getroot()
    members = elementpath.select(root, "//team[@id='%d']/member" % team)  # ok: PYTHON-LANG-SEC-110
    return {"count": len(members)}


@app.route("/staff/page")
def page():
    page_no = int(request.args.get("page", "1"))
    rows = DIRECTORY.xpath(f"//staff[position() > {page_no * 20}]")  # ok: PYTHON-LANG-SEC-110
    return {"rows": len(rows)}


def roster_view(request):
    """Django view: the request picks one of the constant expressions."""
    query = SHIFTS.get("night") if request.GET.get("shift") == "night" else SHIFTS["day"]
    nodes = ROSTER.findall(query)  # ok: PYTHON-LANG-SEC-110
    first = ROSTER.getroot().findtext(".//nurse")  # ok: PYTHON-LANG-SEC-110
    # str.find() on request text is a substring search, not a query.
    at = request.GET.get("ward", "").find("-")  # ok: PYTHON-LANG-SEC-110
    return JsonResponse({"nurses": [n.text for n in nodes], "first": first, "at": at})


@app.route("/staff/count")
def count():
    # The request only chooses between two constant expressions.
    expr = "count(//staff[@active='1'])" if request.args.get("active") else "count(//staff)"
    return {"count": DIRECTORY.xpath(expr)}  # ok: PYTHON-LANG-SEC-110


@app.route("/staff/search")
def search():
    evaluator = etree.XPathEvaluator(DIRECTORY)
    return {"hits": evaluator("//staff[contains(name, $q)]", q=request.args.get("q", ""))}  # ok: PYTHON-LANG-SEC-110


def xpath_literal(value):
    """Quote a value as an XPath 1.0 string literal (no escape character exists, so use concat())."""
    if "'" not in value:
        return "'" + value + "'"
    if '"' not in value:
        return '"' + value + '"'
    return "concat('" + value.replace("'", "', \"'\", '") + "')"


@app.route("/staff/by-name")
def by_name():
    name = xpath_literal(request.args.get("name", ""))
    return {"rows": DIRECTORY.xpath("//staff[name=" + name + "]/phone/text()")}  # ok: PYTHON-LANG-SEC-110


@app.route("/staff/by-login")
def by_login():
    login = request.args.get("login", "")
    if not re.fullmatch(r"[a-z]+", login):
        return {"error": "bad login"}, 400
    # ok: PYTHON-LANG-SEC-110
    rows = DIRECTORY.xpath("//staff[login='" + login + "']/phone/text()")
    return {"phones": rows}
