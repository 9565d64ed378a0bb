import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import tornado.web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

ALLOWED_UIDS = {"jdoe", "jdoe-2"}


class Case472Handler(tornado.web.RequestHandler):
    def post(self):
        uid = self.get_arguments("uid")[0]
        if uid not in ALLOWED_UIDS:
            raise tornado.web.HTTPError(400)
        conn.search("dc=example,dc=com", "(uid=" + uid + ")")
        self.write("ok")
