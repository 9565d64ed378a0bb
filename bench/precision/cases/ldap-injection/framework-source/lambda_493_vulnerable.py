import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import json

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def handler_493(event, context):
    uid = event["pathParameters"]["uid"]
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
    return {"statusCode": 200, "body": "ok"}
