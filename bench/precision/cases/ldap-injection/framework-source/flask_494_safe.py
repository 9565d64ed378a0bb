import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

app = Flask(__name__)


@app.route("/c494", methods=["GET", "POST"])
def case_494():
    uid = str(int(request.form["uid"]))
    conn.search("dc=example,dc=com", "(uid=" + uid + ")")
    return "ok"
