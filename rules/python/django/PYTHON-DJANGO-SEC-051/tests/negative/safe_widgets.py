"""Template helpers that escape what they interpolate."""

from django import template
from django.contrib import admin
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from .models import Ticket

register = template.Library()

SEPARATOR = mark_safe("<hr class='divider'>")  # ok: PYTHON-DJANGO-SEC-051
ICON = '<svg class="icon"><use href="#star"></use></svg>'


@register.simple_tag
def user_badge(user):
    return format_html('<span class="badge">{}</span>', user.display_name)  # ok: PYTHON-DJANGO-SEC-051


@register.simple_tag
def link(url, label):
    return format_html('<a href="{}">{}</a>', url, label)  # ok: PYTHON-DJANGO-SEC-051


@register.simple_tag
def tag_list(tags):
    return format_html_join(", ", "<em>{}</em>", ((t.name,) for t in tags))  # ok: PYTHON-DJANGO-SEC-051


@register.simple_tag
def star_icon():
    return mark_safe(ICON)  # ok: PYTHON-DJANGO-SEC-051


@register.simple_tag
def line_break():
    return mark_safe(s="<br>")  # ok: PYTHON-DJANGO-SEC-051


@register.filter
def plain(value):
    return escape(value)  # ok: PYTHON-DJANGO-SEC-051


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("title", "status_badge")

    def status_badge(self, obj):
        return format_html("<b style='color:{}'>{}</b>", obj.status_colour(), obj.status)  # ok: PYTHON-DJANGO-SEC-051


def mark_safe_for_cache(value):
    """A project helper with a similar name: it only tags cache entries."""
    return {"value": value, "safe": True}


def cached(entry):
    return mark_safe_for_cache(entry)  # ok: PYTHON-DJANGO-SEC-051
