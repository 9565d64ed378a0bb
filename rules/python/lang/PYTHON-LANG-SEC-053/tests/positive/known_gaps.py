"""Forms the rule does not see yet (documented gaps): attribute assignments are not calls."""

import requests


def insecure_session():
    session = requests.Session()
    session.verify = False  # todoruleid: PYTHON-LANG-SEC-053
    return session
