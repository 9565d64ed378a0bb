"""Help and note pages where the request supplies the reStructuredText or the HTML itself."""

from docutils.core import publish_parts
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def preview(request):
    # docutils' defaults keep the `raw` directive on: ".. raw:: html" copies the client's HTML as is.
    # ruleid: PYTHON-DJANGO-SEC-093
    parts = publish_parts(request.POST["text"], writer_name="html")
    return render(request, "preview.html", {"body": mark_safe(parts["fragment"])})


def note_summary(request):
    note = request.GET.get("note")
    # `or` keeps the client's note whenever it is not empty.
    summary = note or format_html("<em>{}</em>", "no note")
    # ruleid: PYTHON-DJANGO-SEC-093
    return render(request, "note.html", {"summary": mark_safe(summary)})
