"""Admin list columns rendered as HTML."""

import django.utils.safestring as safestring
from django.contrib import admin

from .models import Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("title", "status_badge", "reporter_link")

    def status_badge(self, obj):
        colour = obj.status_colour()
        return safestring.mark_safe("<b style='color:{}'>{}</b>".format(colour, obj.status))  # expect: PYTHON-DJANGO-SEC-051

    def reporter_link(self, obj):
        return safestring.mark_safe("<a href='/users/" + str(obj.reporter_id) + "'>" + obj.reporter.username + "</a>")  # expect: PYTHON-DJANGO-SEC-051
