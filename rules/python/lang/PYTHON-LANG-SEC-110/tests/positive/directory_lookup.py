import re
"""Staff directory kept in an XML file and queried with XPath built from the request."""

import xml.etree.ElementTree as ET

import elementpath
from django.http import JsonResponse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("staff.xml")
ROSTER = ET.parse("roster.xml")


@app.route("/staff")
def staff():
    name = request.args.get("name", "")
    # ?name=' or '1'='1 returns every entry, passwords included.
    rows = DIRECTORY.xpath("//staff[name='" + name + "']/phone/text()")  # expect: PYTHON-LANG-SEC-110
    return {"phones": rows}


@app.route("/staff/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    query = f"//staff[login='{user}' and password='{password}']"
    find = etree.XPath(query)  # expect: PYTHON-LANG-SEC-110
    return {"ok": bool(find(DIRECTORY))}


@app.route("/staff/<team>")
def team(team):
    root = DIRECTORY.getroot()
    members = elementpath.select(root, "//team[@id='%s']/member" % team)  # expect: PYTHON-LANG-SEC-110
    return {"count": len(members)}


def roster_view(request):
    """Django view: ElementPath query on the standard-library tree."""
    shift = request.GET.get("shift", "day")
    nodes = ROSTER.findall(".//shift[@name='{}']/nurse".format(shift))  # expect: PYTHON-LANG-SEC-110
    first = ROSTER.getroot().findtext(f".//nurse[@ward='{request.GET['ward']}']")  # expect: PYTHON-LANG-SEC-110
    return JsonResponse({"nurses": [n.text for n in nodes], "first": first})


@app.route("/staff/by-login")
def by_login():
    login = request.args.get("login", "")
    # An unanchored pattern accepts "a' or '1'='1".
    if not re.match(r"[a-z]+", login):
        return {"error": "bad login"}, 400
    # ruleid: PYTHON-LANG-SEC-110
    rows = DIRECTORY.xpath("//staff[login='" + login + "']/phone/text()")
    return {"phones": rows}
