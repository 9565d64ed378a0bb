"""Nightly dump of survey answers, e-mailed to the research team as CSV attachments."""

import csv as _csv
from csv import DictWriter, writer as make_writer

import unicodecsv


def dump_answers(path, answers):
    with open(path, "w", newline="") as fh:
        out = make_writer(fh, quoting=_csv.QUOTE_ALL)  # expect: PYTHON-LANG-SEC-094
        for a in answers:
            out.writerow([a["respondent"], a["question"], a["free_text"]])


def dump_comments(path, comments):
    with open(path, "w", newline="") as fh:
        out = DictWriter(fh, fieldnames=["author", "comment"])  # expect: PYTHON-LANG-SEC-094
        out.writerows(comments)


def dump_legacy(path, rows):
    with open(path, "wb") as fh:
        unicodecsv.writer(fh, encoding="utf-8").writerows(rows)  # expect: PYTHON-LANG-SEC-094


class Exporter:
    def __init__(self, stream):
        self.out = _csv.writer(stream, delimiter=";")  # expect: PYTHON-LANG-SEC-094

    def add(self, row):
        self.out.writerow(row)
