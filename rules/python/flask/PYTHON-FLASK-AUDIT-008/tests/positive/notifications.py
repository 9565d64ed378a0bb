"""Notification bodies stored in the database and edited by tenant admins."""

from flask import render_template_string as render_source

from .models import NotificationTemplate


def render_notification(kind, **context):
    stored = NotificationTemplate.query.filter_by(kind=kind).one()
    return render_source(source=stored.body, **context)  # expect: PYTHON-FLASK-AUDIT-008
