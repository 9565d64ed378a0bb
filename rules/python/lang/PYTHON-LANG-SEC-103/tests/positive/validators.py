"""Input validators for the sign-up form."""

import re

# Classic e-mail pattern copied from a forum answer: the repeated group holds an optional separator and a
# one-or-more run of letters, so "aaaaaaaaaaaaaaaaaaaaaaaa!" takes exponential time.
EMAIL_RE = re.compile(  # expect: PYTHON-LANG-SEC-103
    r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$"
)
USERNAME_PATTERN = r"^([a-z0-9]+[-_]?)+$"
USERNAME_RE = re.compile(USERNAME_PATTERN)  # expect: PYTHON-LANG-SEC-103


def is_full_name(value):
    return re.fullmatch(r"(\w+\s?)+", value) is not None  # expect: PYTHON-LANG-SEC-103


def has_tag_list(value):
    return bool(re.match(pattern=r"^(?:[a-z]+,?)*$", string=value))  # expect: PYTHON-LANG-SEC-103


class AddressForm:
    STREET = re.compile(r"^(\d+\s*)*[A-Za-z ]+$")  # expect: PYTHON-LANG-SEC-103

    def clean_street(self, value):
        if not self.STREET.match(value):
            raise ValueError("invalid street")
        return value
