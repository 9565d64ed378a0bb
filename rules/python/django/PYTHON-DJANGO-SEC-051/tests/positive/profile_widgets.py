"""Template helpers for user profiles."""

from django import template
from django.utils.html import mark_safe as trusted
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def bio_html(profile):
    # The biography is user-written text.
    return mark_safe(profile.bio)  # expect: PYTHON-DJANGO-SEC-051


@register.simple_tag
def user_badge(user):
    return mark_safe(f'<span class="badge">{user.display_name}</span>')  # expect: PYTHON-DJANGO-SEC-051


@register.simple_tag
def link(url, label):
    html = '<a href="%s">%s</a>' % (url, label)
    return trusted(html)  # expect: PYTHON-DJANGO-SEC-051


@register.simple_tag
def tag_list(tags):
    return mark_safe(s=", ".join("<em>" + t.name + "</em>" for t in tags))  # expect: PYTHON-DJANGO-SEC-051


@mark_safe  # expect: PYTHON-DJANGO-SEC-051
def signature_block(user):
    return "<p>" + user.signature + "</p>"
