"""Account search and login against the company directory."""

import ldap
import ldap3
from django.http import JsonResponse
from flask import Flask, request

app = Flask(__name__)
SERVER = ldap3.Server("ldaps://ldap.example.com")
BASE = "ou=people,dc=example,dc=com"


@app.route("/people")
def people():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    name = request.args.get("name", "")
    # ?name=*)(objectClass=* lists the whole directory.
    conn.search(BASE, "(&(objectClass=person)(cn=" + name + "))", attributes=["mail"])  # expect: PYTHON-LANG-SEC-111
    return {"mail": [str(e.mail) for e in conn.entries]}


@app.route("/login", methods=["POST"])
def login():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    user = request.form["user"]
    conn.search(search_base=BASE, search_filter=f"(uid={user})")  # expect: PYTHON-LANG-SEC-111
    return {"found": bool(conn.entries)}


@app.route("/groups/<group>")
def groups(group):
    conn = ldap3.Connection(SERVER, auto_bind=True)
    pages = conn.extend.standard.paged_search("cn=%s,ou=groups,dc=example,dc=com" % group, "(objectClass=*)")  # expect: PYTHON-LANG-SEC-111
    return {"members": [p["dn"] for p in pages]}


def phone_view(request):
    """Django view using python-ldap."""
    directory = ldap.initialize("ldap://ldap.example.com")
    flt = "(telephoneNumber=%s)" % request.GET["phone"]
    hits = directory.search_s(BASE, ldap.SCOPE_SUBTREE, flt)  # expect: PYTHON-LANG-SEC-111
    msgid = directory.search(BASE, ldap.SCOPE_SUBTREE, "(mail=" + request.POST.get("mail", "") + ")")  # expect: PYTHON-LANG-SEC-111
    return JsonResponse({"hits": len(hits), "msgid": msgid})


@app.route("/people/by-uid")
def by_uid():
    conn = ldap3.Connection(SERVER, auto_bind=True)
    uid = request.args.get("uid", "")
    # Rejecting "*" alone still lets ")(" rewrite the filter.
    if "*" in uid:
        return {"error": "bad uid"}, 400
    # ruleid: PYTHON-LANG-SEC-111
    conn.search(BASE, "(uid=" + uid + ")")
    return {"found": bool(conn.entries)}
