"""Legacy fetcher that still uses the URLopener interface."""

import urllib.request


class PriceFeed:
    def __init__(self):
        self.opener = urllib.request.FancyURLopener()

    def download(self, target):
        return self.opener.retrieve("http://prices.example.com/feed.csv", target)  # expect: PYTHON-LANG-SEC-062


def submit(payload):
    req = urllib.request.Request("http://prices.example.com/submit", data=payload, method="POST")  # expect: PYTHON-LANG-SEC-062
    return urllib.request.urlopen(req).status
