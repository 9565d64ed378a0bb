"""Downloads public datasets and exchange rates for the nightly batch."""

import json
import urllib.request
import urllib.request as ureq
from urllib.request import urlopen, urlretrieve

RATES_URL = "http://rates.example-bank.com/daily.json"
MIRROR = "ftp://ftp.example.org/pub/datasets/"
DATASET = MIRROR + "census-2020.csv.gz"


def exchange_rates():
    with urllib.request.urlopen(RATES_URL, timeout=30) as resp:  # expect: PYTHON-LANG-SEC-061
        return json.load(resp)


def download_census(target):
    urlretrieve(DATASET, target)  # expect: PYTHON-LANG-SEC-061


def post_report(body):
    req_body = json.dumps(body).encode()
    with urlopen("http://reports.example.com/ingest", data=req_body) as resp:  # expect: PYTHON-LANG-SEC-061
        return resp.status


class TileCache:
    def __init__(self, root):
        self.root = root

    def refresh(self):
        return ureq.urlretrieve(url="HTTP://tiles.example.net/index.json", filename=self.root + "/index.json")  # expect: PYTHON-LANG-SEC-061

    def legacy_index(self):
        return ureq.urlopen(url="ftp://tiles.example.net/legacy/index.txt").read()  # expect: PYTHON-LANG-SEC-061
