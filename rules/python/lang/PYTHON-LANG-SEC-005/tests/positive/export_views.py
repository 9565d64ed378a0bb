"""Export endpoints: the client picks the output format and the serializer."""

import runpy
from importlib import import_module as load

from django.http import HttpResponse
from django.utils.module_loading import import_string
from flask import request


def export_report(report):
    fmt = request.args.get("format", "csv")
    exporter = load("exporters." + fmt)  # expect: PYTHON-LANG-SEC-005
    return exporter.render(report)


def serialize(django_request, queryset):
    serializer_cls = import_string(django_request.GET["serializer"])  # expect: PYTHON-LANG-SEC-005
    return HttpResponse(serializer_cls(queryset, many=True).data)


def run_uploaded_migration(upload):
    path = f"/tmp/migrations/{upload.filename}"
    upload.save(path)
    return runpy.run_path(path)  # expect: PYTHON-LANG-SEC-005


def run_task(task_name):
    return runpy.run_module("tasks." + task_name, run_name="__main__")  # expect: PYTHON-LANG-SEC-005
