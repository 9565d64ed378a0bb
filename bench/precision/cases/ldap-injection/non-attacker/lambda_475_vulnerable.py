import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import json

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def handler_475(event, context):
    body = json.loads(event["body"])
    uid = body["uid"]
    target = uid.replace(" ", "")
    conn.search("dc=example,dc=com", "(uid=" + target + ")")
    return {"statusCode": 200, "body": "ok"}
