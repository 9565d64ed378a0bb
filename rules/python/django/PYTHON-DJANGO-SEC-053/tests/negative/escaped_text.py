"""Safe strings built from constants, or from values that were escaped first."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

DIVIDER = "<hr class='divider'>"


class Heading(str):
    """A plain str subclass: templates escape it like any other string."""


def divider():
    return SafeString(DIVIDER)  # ok: PYTHON-DJANGO-SEC-053


def empty_cell():
    return SafeString("&nbsp;")  # ok: PYTHON-DJANGO-SEC-053


def render_heading(level, title):
    return format_html("<h{}>{}</h{}>", level, title, level)  # ok: PYTHON-DJANGO-SEC-053


def render_comment(comment):
    return escape(comment.text)  # ok: PYTHON-DJANGO-SEC-053


def plain_heading(title):
    return Heading(title)  # ok: PYTHON-DJANGO-SEC-053


def is_safe(value):
    return isinstance(value, SafeString)  # ok: PYTHON-DJANGO-SEC-053


def text_of(value):
    return str(value)  # ok: PYTHON-DJANGO-SEC-053
