import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

app = Flask(__name__)


@app.route("/c487", methods=["GET", "POST"])
def case_487():
    uid = request.form.get("uid", "")
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
    return "ok"
