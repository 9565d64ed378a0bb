"""Safe look-alikes: https Requests and openers, local endpoints, and non-urllib open() calls."""

import json
import ssl
import urllib.request
import webbrowser
from urllib.request import HTTPSHandler, Request, build_opener

CRM_API = "https://crm.example.com/api/v1"
CONTEXT = ssl.create_default_context()


def push_contact(contact, token):
    req = urllib.request.Request(  # ok: PYTHON-LANG-SEC-062
        CRM_API + "/contacts",
        data=json.dumps(contact).encode(),
        headers={"Authorization": f"Bearer {token}"},
        method="POST",
    )
    with urllib.request.urlopen(req, context=CONTEXT) as resp:
        return resp.status


def local_sync():
    req = Request("http://localhost:9000/sync", method="POST")  # ok: PYTHON-LANG-SEC-062
    return urllib.request.urlopen(req).status


class CrmSession:
    def __init__(self):
        self.opener = build_opener(HTTPSHandler(context=CONTEXT))

    def contacts(self):
        return json.load(self.opener.open(CRM_API + "/contacts"))  # ok: PYTHON-LANG-SEC-062

    def local_agent(self):
        return self.opener.open("http://127.0.0.1:8500/v1/status").read()  # ok: PYTHON-LANG-SEC-062


def read_export(path):
    with open(path, encoding="utf-8") as fh:  # ok: PYTHON-LANG-SEC-062
        return fh.read()


def show_legacy_portal():
    # Hands the URL to the user's browser; this program sends nothing itself.
    webbrowser.open("http://portal.crm.example.com/")  # ok: PYTHON-LANG-SEC-062
