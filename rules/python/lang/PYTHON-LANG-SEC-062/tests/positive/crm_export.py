"""Exports customer records to the CRM through its legacy HTTP API."""

import base64
import json
import urllib.request
from urllib.request import HTTPBasicAuthHandler, Request, build_opener

import urllib.request as ureq

CRM_API = "http://crm.example.com/api/v1"
CONTACTS = CRM_API + "/contacts"


def push_contact(contact, token):
    req = urllib.request.Request(  # expect: PYTHON-LANG-SEC-062
        CONTACTS,
        data=json.dumps(contact).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req) as resp:
        return resp.status


def delete_contact(contact_id, user, password):
    creds = base64.b64encode(f"{user}:{password}".encode()).decode()
    req = Request(url="http://crm.example.com/api/v1/contacts/" + "purge", headers={"Authorization": "Basic " + creds}, method="DELETE")  # expect: PYTHON-LANG-SEC-062
    return ureq.urlopen(req).status


class CrmSession:
    def __init__(self, user, password):
        auth = HTTPBasicAuthHandler()
        auth.add_password("crm", "crm.example.com", user, password)
        self.opener = build_opener(auth)

    def contacts(self):
        return json.load(self.opener.open("http://crm.example.com/api/v1/contacts"))  # expect: PYTHON-LANG-SEC-062

    def report(self):
        return self.opener.open(fullurl=CRM_API + "/report", timeout=30).read()  # expect: PYTHON-LANG-SEC-062


def nightly_dump():
    opener = urllib.request.build_opener()
    opener.addheaders = [("User-Agent", "crm-export/1.0")]
    return opener.open("ftp://dumps.crm.example.com/nightly.csv").read()  # expect: PYTHON-LANG-SEC-062
