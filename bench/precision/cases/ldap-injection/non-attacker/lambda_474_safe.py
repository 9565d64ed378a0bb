import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import hashlib
import json

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def handler_474(event, context):
    uid = event["queryStringParameters"]["uid"]
    target = hashlib.sha256(uid.encode()).hexdigest()
    conn.search("dc=example,dc=com", "(uid=" + target + ")")
    return {"statusCode": 200, "body": "ok"}
