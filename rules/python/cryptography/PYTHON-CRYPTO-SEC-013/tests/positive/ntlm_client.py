"""Hand-rolled NTLM client for a legacy intranet proxy."""

from Crypto.Hash import MD4


def nt_hash(password):
    return MD4.new(password.encode("utf-16-le")).digest()  # expect: PYTHON-CRYPTO-SEC-013


class NtlmContext:
    def __init__(self, user, password):
        self.user = user
        self.password_hash = MD4.new(data=password.encode("utf-16-le")).digest()  # expect: PYTHON-CRYPTO-SEC-013

    def session_base_key(self):
        h = MD4.new()  # expect: PYTHON-CRYPTO-SEC-013
        h.update(self.password_hash)
        return h.digest()
