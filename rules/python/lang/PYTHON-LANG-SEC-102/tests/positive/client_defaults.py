"""API client whose constructor has a default password: the case the rule is named after."""

import requests


class ApiClient:
    # A parameter default is not a call; the engine does not model function definitions yet.
    def __init__(self, base_url, username="service", password="default-pass-123"):  # todoruleid: PYTHON-LANG-SEC-102
        self.base_url = base_url
        self.auth = (username, password)

    def get(self, path):
        return requests.get(self.base_url + path, auth=self.auth, timeout=10)


def fetch_report(url):
    # Tuple element of a keyword argument: element paths are only supported on positional arguments.
    return requests.get(url, auth=("report", "r3port!"), timeout=10)  # todoruleid: PYTHON-LANG-SEC-102
