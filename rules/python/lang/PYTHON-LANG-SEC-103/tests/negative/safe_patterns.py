"""Linear-time patterns: every part of the input can be matched in only one way."""

import re

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")  # ok: PYTHON-LANG-SEC-103
VERSION = re.compile(r"^\d+(\.\d+)*$")  # ok: PYTHON-LANG-SEC-103
USERNAME = re.compile(r"^[a-z0-9_-]{3,16}$")  # ok: PYTHON-LANG-SEC-103
EMAIL_SIMPLE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")  # ok: PYTHON-LANG-SEC-103
TRAILING = re.compile(r"a+$")  # ok: PYTHON-LANG-SEC-103
DOTTED = re.compile(r"(\d+\.)+\d+")  # ok: PYTHON-LANG-SEC-103
CSV_LINE = re.compile(r"([^,]*,)+[^,]*")  # ok: PYTHON-LANG-SEC-103
LIST_SEP = re.compile(r"(\s*,\s*)+")  # ok: PYTHON-LANG-SEC-103
LINES = re.compile(r"(.*\n)+")  # ok: PYTHON-LANG-SEC-103
ANY_CHAR = re.compile(r"(.|\n)*?END")  # ok: PYTHON-LANG-SEC-103
PAREN_WORDS = re.compile(r"\(\w+\)+")  # ok: PYTHON-LANG-SEC-103
PATH = re.compile(r"^(/[^/]+)+/?$")  # ok: PYTHON-LANG-SEC-103
TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")  # ok: PYTHON-LANG-SEC-103
NUMBERS = re.compile(r"(-?\d+)(,\s*-?\d+)*")  # ok: PYTHON-LANG-SEC-103


def placeholders(template):
    return re.findall(r"\$\{([^}]+)\}", template)  # ok: PYTHON-LANG-SEC-103


def key_values(line):
    return dict(re.findall(r"(\w+)\s*=\s*(\S+)", line))  # ok: PYTHON-LANG-SEC-103


def alternatives(line):
    return re.sub(r"(foo|bar)+", "x", line)  # ok: PYTHON-LANG-SEC-103


def literal_class(line):
    # Parentheses inside a character class are plain characters.
    return re.search(r"[(a+)+]", line)  # ok: PYTHON-LANG-SEC-103


def user_pattern(pattern, text):
    # A pattern chosen at run time is a different problem (regex injection), not reported here.
    return re.search(pattern, text)  # ok: PYTHON-LANG-SEC-103


def headings(text):
    # Runs of "=" separated by spaces: each repetition starts with a space, so it is matched one way only.
    return re.findall(r"=+( +=+)+ *$", text)  # ok: PYTHON-LANG-SEC-103


DOCKER_TAG = re.compile(r"^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$")  # ok: PYTHON-LANG-SEC-103
PAIRS = re.compile(r"(x+y+)+z")  # ok: PYTHON-LANG-SEC-103
