import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import json

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def handler_463(event, context):
    uid = event["uid"]
    target = "jdoe"
    target = uid
    conn.search("dc=example,dc=com", "(uid=" + target + ")")
    return {"statusCode": 200, "body": "ok"}
