"""Objects rendered directly in templates with {{ obj }}."""

from django.utils import html
from django.utils.html import html_safe


@html_safe  # expect: PYTHON-DJANGO-SEC-052
class UserCard:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        # The display name is user-controlled and is not escaped.
        return f"<div class='card'>{self.user.display_name}</div>"


@html_safe  # expect: PYTHON-DJANGO-SEC-052
class Breadcrumbs:
    def __init__(self, parts):
        self.parts = parts

    def __str__(self):
        return " / ".join("<a href='%s'>%s</a>" % (url, title) for url, title in self.parts)


@html.html_safe  # expect: PYTHON-DJANGO-SEC-052
class StatusPill:
    def __init__(self, status):
        self.status = status

    def __str__(self):
        return "<span class='pill'>" + self.status + "</span>"
