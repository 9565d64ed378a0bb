"""Report archive: class-based views that read generated reports through helpers."""

from django.http import HttpResponse
from django.views import View

REPORTS_DIR = "/var/reports"


def report_path(request):
    return REPORTS_DIR + "/" + request.headers.get("X-Report", "daily.csv")


def read_text(path):
    with open(path) as handle:  # expect: PYTHON-DJANGO-SEC-040
        return handle.read()


class ReportView(View):
    def get(self, request):
        with open(report_path(request), "rb") as handle:  # expect: PYTHON-DJANGO-SEC-040
            return HttpResponse(handle.read(), content_type="text/csv")


class ArchivedReportView(View):
    def get(self, request):
        year = self.request.GET["year"]
        return HttpResponse(read_text(f"{REPORTS_DIR}/archive/{year}/summary.txt"))
