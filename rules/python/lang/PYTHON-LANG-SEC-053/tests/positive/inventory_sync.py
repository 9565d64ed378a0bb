"""Syncs the asset inventory with the CMDB and the vendor portals."""

import ssl

import requests
import requests as rq
from requests import post

CMDB_URL = "https://cmdb.internal.example.com/api/assets"
VERIFY_TLS = False


def fetch_assets(token):
    resp = requests.get(CMDB_URL, headers={"Authorization": f"Bearer {token}"}, verify=False)  # expect: PYTHON-LANG-SEC-053
    resp.raise_for_status()
    return resp.json()


def push_asset(asset, token):
    return post(CMDB_URL, json=asset, headers={"Authorization": token}, verify=VERIFY_TLS)  # expect: PYTHON-LANG-SEC-053


def delete_asset(asset_id):
    return rq.request("DELETE", f"{CMDB_URL}/{asset_id}", verify=False)  # expect: PYTHON-LANG-SEC-053


class VendorPortal:
    def __init__(self, base_url, user, password):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.auth = (user, password)

    def warranty(self, serial):
        return self.session.get(f"{self.base_url}/warranty/{serial}", verify=False).json()  # expect: PYTHON-LANG-SEC-053

    def upload(self, report):
        return self.session.put(  # expect: PYTHON-LANG-SEC-053
            f"{self.base_url}/reports",
            data=report,
            verify=False,
        )
