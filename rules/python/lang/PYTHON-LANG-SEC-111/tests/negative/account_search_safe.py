"""The same directory searches with escaped values and constant filters."""

import re

import ldap
import ldap3
from django.http import JsonResponse
from flask import Flask, request
from ldap.filter import escape_filter_chars, filter_format
from ldap3.utils.conv import escape_filter_chars as ldap3_escape

app = Flask(__name__)
SERVER = ldap3.Server("ldaps://ldap.example.com")
BASE = "ou=people,dc=example,dc=com"


@app.route("/people")
def people():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    name = ldap3_escape(request.args.get("name", ""))
    conn.search(BASE, "(&(objectClass=person)(cn=" + name + "))", attributes=["mail"])  # ok: PYTHON-LANG-SEC-111
    return {"mail": [str(e.mail) for e in conn.entries]}


@app.route("/login", methods=["POST"])
def login():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(search_base=BASE, search_filter="(objectClass=person)", size_limit=1)  # ok: PYTHON-LANG-SEC-111
    return {"found": bool(conn.entries), "user": request.form["user"]}


@app.route("/groups/<int:gid>")
def groups(gid):
    conn = ldap3.Connection(SERVER, auto_bind=True)
    pages = conn.extend.standard.paged_search(BASE, "(gidNumber=%d)" % gid)  # ok: PYTHON-LANG-SEC-111
    return {"members": [p["dn"] for p in pages]}


@app.route("/search")
def search():
    # re.search() on request text is not an LDAP search.
    found = re.search(r"^[a-z]+$", request.args.get("q", ""))  # ok: PYTHON-LANG-SEC-111
    return {"valid": bool(found)}


def phone_view(request):
    """Django view using python-ldap with the library's own escaping."""
    directory = ldap.initialize("ldap://ldap.example.com")
    flt = filter_format("(telephoneNumber=%s)", [request.GET["phone"]])
    hits = directory.search_s(BASE, ldap.SCOPE_SUBTREE, flt)  # ok: PYTHON-LANG-SEC-111
    mail = escape_filter_chars(request.POST.get("mail", ""))
    msgid = directory.search(BASE, ldap.SCOPE_SUBTREE, "(mail=" + mail + ")")  # ok: PYTHON-LANG-SEC-111
    return JsonResponse({"hits": len(hits), "msgid": msgid})


@app.route("/people/by-uid")
def by_uid():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    uid = request.args.get("uid", "")
    if not uid.isalnum():
        return {"error": "bad uid"}, 400
    # ok: PYTHON-LANG-SEC-111
    conn.search(BASE, "(uid=" + uid + ")")
    return {"found": bool(conn.entries)}
