import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import tornado.web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


class Case491Handler(tornado.web.RequestHandler):
    def post(self):
        uid = self.get_cookie("uid", "")
        conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
        self.write("ok")
