"""Older code importing Markup through Flask and Jinja2 (removed in Flask 3.0 / Jinja2 3.1)."""

from flask import Markup as FlaskMarkup
from jinja2 import Markup as JinjaMarkup


def notice(message):
    return FlaskMarkup("<div class='notice'>%s</div>" % message)  # expect: PYTHON-FLASK-XSS-002


def signature(user):
    return JinjaMarkup(base=user.signature_html)  # expect: PYTHON-FLASK-XSS-002
