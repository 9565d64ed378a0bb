"""Rich-text helpers for the CMS."""

from django.utils.safestring import SafeData, SafeString


class RichText(SafeString):  # todoruleid: PYTHON-DJANGO-SEC-053
    """Text that templates must not escape (a class definition is not a call the engine can match yet)."""


class Snippet(SafeData, str):
    pass


def render_body(page):
    # Stored HTML from the page editor, wrapped as already safe.
    return RichText(page.body)  # expect: PYTHON-DJANGO-SEC-053


def render_comment(comment):
    return SafeString(comment.text)  # expect: PYTHON-DJANGO-SEC-053


def render_heading(level, title):
    return SafeString(f"<h{level}>{title}</h{level}>")  # expect: PYTHON-DJANGO-SEC-053


def render_snippet(snippet):
    return Snippet(snippet.html)  # expect: PYTHON-DJANGO-SEC-053
