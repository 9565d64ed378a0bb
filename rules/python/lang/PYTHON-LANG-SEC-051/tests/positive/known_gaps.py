"""Forms the rule does not see yet (documented gaps): attribute assignments are not calls."""

import ssl


def legacy_floor():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # todoruleid: PYTHON-LANG-SEC-051
    return ctx
