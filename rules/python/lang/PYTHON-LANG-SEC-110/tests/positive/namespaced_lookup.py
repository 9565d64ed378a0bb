"""Namespaced directory lookups whose XPath text is built from the query string."""

import elementpath
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("staff.xml")


@app.route("/staff/all")
def staff_all():
    team = request.args.get("team", "")
    rows = list(elementpath.iter_select(DIRECTORY, "//staff[team='" + team + "']/name"))  # expect: PYTHON-LANG-SEC-110
    return {"names": [r.text for r in rows]}


@app.route("/staff/ns")
def staff_ns():
    name = request.args.get("name", "")
    find = etree.ETXPath("//{urn:staff}person[@name='" + name + "']")  # expect: PYTHON-LANG-SEC-110
    return {"found": len(find(DIRECTORY))}
