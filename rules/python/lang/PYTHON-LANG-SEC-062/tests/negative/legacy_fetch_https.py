"""Safe look-alikes: the price feed moved to HTTPS."""

import urllib.request

FEED = "https://prices.example.com/feed.csv"


def download(target):
    opener = urllib.request.build_opener()
    with opener.open(FEED) as resp, open(target, "wb") as out:  # ok: PYTHON-LANG-SEC-062
        out.write(resp.read())


def submit(payload):
    req = urllib.request.Request(url="https://prices.example.com/submit", data=payload, method="POST")  # ok: PYTHON-LANG-SEC-062
    return urllib.request.urlopen(req).status
