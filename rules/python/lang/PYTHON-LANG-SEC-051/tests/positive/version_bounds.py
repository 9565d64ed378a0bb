"""Version bounds set as attributes of an SSL context."""

import ssl


def legacy_floor():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # expect: PYTHON-LANG-SEC-051
    return ctx


def legacy_ceiling():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # expect: PYTHON-LANG-SEC-051
    return ctx
