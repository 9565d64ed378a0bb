"""Safe look-alikes: https downloads, local services, file URLs and cloud metadata."""

import json
import ssl
import urllib.request
from urllib.request import urlopen, urlretrieve

CONTEXT = ssl.create_default_context()
RATES_URL = "https://rates.example-bank.com/daily.json"


def exchange_rates():
    with urllib.request.urlopen(RATES_URL, timeout=30, context=CONTEXT) as resp:  # ok: PYTHON-LANG-SEC-061
        return json.load(resp)


def download_census(target):
    urlretrieve("https://data.example.org/census-2020.csv.gz", target)  # ok: PYTHON-LANG-SEC-061


def local_agent():
    with urlopen("http://127.0.0.1:8500/v1/agent/self") as resp:  # ok: PYTHON-LANG-SEC-061
        return json.load(resp)


def dev_server():
    return urlopen("http://localhost:8000/health").status  # ok: PYTHON-LANG-SEC-061


def cached_copy():
    return urlopen("file://" + "/var/cache/datasets/census.csv").read()  # ok: PYTHON-LANG-SEC-061


def region():
    return urlopen("http://169.254.169.254/latest/meta-data/placement/region", timeout=1).read()  # ok: PYTHON-LANG-SEC-061
