"""CSV handled with defusedcsv for exports, and the csv module only for reading."""

import csv

import pandas as pd
from defusedcsv import csv as safe_csv


def export_customers(response, customers):
    writer = safe_csv.writer(response)  # ok: PYTHON-LANG-SEC-094
    for c in customers:
        writer.writerow([c.name, c.email])
    return response


def export_tickets(buffer, tickets):
    writer = safe_csv.DictWriter(buffer, fieldnames=["id", "subject"])  # ok: PYTHON-LANG-SEC-094
    writer.writeheader()
    writer.writerows(tickets)


def import_customers(path):
    with open(path, newline="") as fh:
        dialect = csv.Sniffer().sniff(fh.read(2048))  # ok: PYTHON-LANG-SEC-094
        fh.seek(0)
        rows = list(csv.reader(fh, dialect))  # ok: PYTHON-LANG-SEC-094
    return rows


def import_tickets(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))  # ok: PYTHON-LANG-SEC-094


def configure():
    csv.register_dialect("pipes", delimiter="|")  # ok: PYTHON-LANG-SEC-094
    csv.field_size_limit(1_000_000)  # ok: PYTHON-LANG-SEC-094


class Report:
    def writer(self, name):
        return open(name, "w")

    def build(self):
        with self.writer("report.txt") as fh:  # ok: PYTHON-LANG-SEC-094
            fh.write("done")


def load_frame(path):
    return pd.read_csv(path)  # ok: PYTHON-LANG-SEC-094
