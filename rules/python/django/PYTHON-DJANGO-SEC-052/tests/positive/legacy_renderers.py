"""Renderer classes registered at import time."""

from django.utils.html import html_safe as trusted_html


class CommentBody:
    def __init__(self, comment):
        self.comment = comment

    def __str__(self):
        return "<p>%s</p>" % self.comment.text


# Applied as a function instead of a decorator.
CommentBody = trusted_html(CommentBody)  # expect: PYTHON-DJANGO-SEC-052
