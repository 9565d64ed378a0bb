import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import tornado.web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


class Case484Handler(tornado.web.RequestHandler):
    def post(self, slug):
        uid = slug
        target = "{0}".format("jdoe", uid)
        conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={target}))")
        self.write("ok")
