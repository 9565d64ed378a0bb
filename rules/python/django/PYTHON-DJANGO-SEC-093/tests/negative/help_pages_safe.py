"""Help pages rendered from reStructuredText the application ships, with the request naming the page."""

from docutils.core import publish_parts
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe

HELP = {"billing": "Billing\n=======\n\nInvoices are sent monthly.", "orders": "Orders\n======\n"}
SETTINGS = {"raw_enabled": False, "file_insertion_enabled": False}


def help_page(request, topic):
    # The topic only names the source in docutils' messages; the HTML writer escapes what it copies.
    parts = publish_parts(
        HELP.get(topic, ""), source_path="<%s>" % topic, writer_name="html", settings_overrides=SETTINGS
    )
    # ok: PYTHON-DJANGO-SEC-093
    return render(request, "help.html", {"body": mark_safe(parts["fragment"])})


def note_summary(request):
    note = request.GET.get("note")
    # An empty note stays empty; otherwise format_html() escapes it.
    summary = note and format_html("<em>{}</em>", note)
    # ok: PYTHON-DJANGO-SEC-093
    return render(request, "note.html", {"summary": mark_safe(summary)})
