"""Parses application log lines uploaded by customers for support tickets."""

import re as regexp
from re import compile as rx, findall, search, sub

import regex

CSV_FIELDS = rx(r"^(.*?,){11}P")  # expect: PYTHON-LANG-SEC-103
BLOCK = rx(r"\{(.|\s)*\}")  # expect: PYTHON-LANG-SEC-103


def quoted_words(line):
    return findall(r"'(a|aa)+'", line)  # expect: PYTHON-LANG-SEC-103


def strip_trailing(line):
    return sub(r"(\s*\w*)+$", "", line)  # expect: PYTHON-LANG-SEC-103


def has_repeated_word(line):
    return search(r"\b(x+x+)+y", line) is not None  # expect: PYTHON-LANG-SEC-103


def split_fields(line):
    return regexp.split(r"(\w|\d)+;", line)  # expect: PYTHON-LANG-SEC-103


def fancy(line):
    return regex.search(r"(a*)*b", line)  # expect: PYTHON-LANG-SEC-103


RANGES = rx(r"(?:(?:\d+-\d+|\d+),?)+$")  # expect: PYTHON-LANG-SEC-103
SAME_RUN = rx(r"^(\d*\d+)*$")  # expect: PYTHON-LANG-SEC-103
