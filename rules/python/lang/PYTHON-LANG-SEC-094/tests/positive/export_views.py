"""Admin exports: customer lists downloaded as CSV and opened in Excel by the sales team."""

import csv
import io

from django.http import HttpResponse

FIELDS = ["name", "email", "company", "notes"]


def export_customers(request, customers):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="customers.csv"'
    writer = csv.writer(response)  # expect: PYTHON-LANG-SEC-094
    writer.writerow(FIELDS)
    for c in customers:
        writer.writerow([c.name, c.email, c.company, c.notes])
    return response


def export_tickets(tickets):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["id", "subject", "body"])  # expect: PYTHON-LANG-SEC-094
    writer.writeheader()
    writer.writerows({"id": t.id, "subject": t.subject, "body": t.body} for t in tickets)
    return buffer.getvalue()
