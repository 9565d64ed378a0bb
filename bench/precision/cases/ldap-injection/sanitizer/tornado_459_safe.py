import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import tornado.web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


class Case459Handler(tornado.web.RequestHandler):
    def post(self):
        uid = self.get_query_argument("uid", "")
        conn.search("dc=example,dc=com", "(uid=" + escape_filter_chars(uid) + ")")
        self.write("ok")
