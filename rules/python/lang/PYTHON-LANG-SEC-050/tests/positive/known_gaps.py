"""Forms the rule does not see yet (documented gaps): attribute assignments are not calls."""

import ssl

# Turns off verification for every urllib/http.client request in the process.
ssl._create_default_https_context = ssl._create_unverified_context  # todoruleid: PYTHON-LANG-SEC-050


def relaxed_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # todoruleid: PYTHON-LANG-SEC-050
    return ctx
