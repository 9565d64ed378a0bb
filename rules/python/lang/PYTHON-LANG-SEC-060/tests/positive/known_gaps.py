"""Forms the rule does not see yet (documented gaps)."""

import requests


def forecast(host, city):
    # An f-string with a constant http:// prefix: the value is not a constant, so its scheme is not seen.
    return requests.get(f"http://{host}/forecast", params={"q": city})  # todoruleid: PYTHON-LANG-SEC-060
