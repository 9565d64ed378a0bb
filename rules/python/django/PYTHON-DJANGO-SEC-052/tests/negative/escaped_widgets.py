"""Objects that build their HTML with format_html(), which escapes the values."""

import functools

from django.utils.functional import cached_property
from django.utils.html import conditional_escape, format_html


@functools.total_ordering  # ok: PYTHON-DJANGO-SEC-052
class UserCard:
    def __init__(self, user):
        self.user = user

    def __eq__(self, other):
        return self.user.pk == other.user.pk

    def __lt__(self, other):
        return self.user.pk < other.user.pk

    def __html__(self):
        return format_html("<div class='card'>{}</div>", self.user.display_name)  # ok: PYTHON-DJANGO-SEC-052

    def __str__(self):
        return self.__html__()


class StatusPill:
    def __init__(self, status):
        self.status = status

    @cached_property  # ok: PYTHON-DJANGO-SEC-052
    def css_class(self):
        return "pill-" + self.status.lower()

    def __str__(self):
        return format_html("<span class='{}'>{}</span>", self.css_class, self.status)  # ok: PYTHON-DJANGO-SEC-052


def html_safe(text):
    """A project helper that only strips control characters; it marks nothing as safe."""
    return "".join(ch for ch in text if ch.isprintable())


def render_title(title):
    return conditional_escape(html_safe(title))  # ok: PYTHON-DJANGO-SEC-052
