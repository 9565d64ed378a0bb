#!/usr/bin/env python3
"""Scores a pathfinder build on the precision corpus: TPR and FPR per class, construct, framework.

    bench/precision/score.py                 # scan cases/ and print the Markdown tables
    bench/precision/score.py --details       # also list every missed and every false case
    bench/precision/score.py --taint-only    # count only taint (flows) findings
    bench/precision/score.py --check         # only check that labels.csv and cases/ agree

The binary is $PATHFINDER_BIN, or target/release/pathfinder of this repository.

A vulnerable case is found when a finding of its class is reported on its labelled line (or reports that
line as the sink of its flow, as cross-file findings do). A safe case
is a false positive when any finding of its class is reported anywhere in the case (its file, or every
file of its directory). A finding's class comes from the CWE ids in the JSON report, never from the
rule id, so the corpus also judges rules that do not exist yet.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CASES = HERE / "cases"

# CWE ids that stand for each weakness class of the corpus.
CLASS_OF_CWE = {
    "CWE-77": "command-injection",
    "CWE-78": "command-injection",
    "CWE-89": "sql-injection",
    "CWE-564": "sql-injection",
    "CWE-94": "code-injection",
    "CWE-95": "code-injection",
    "CWE-96": "code-injection",
    "CWE-22": "path-traversal",
    "CWE-23": "path-traversal",
    "CWE-36": "path-traversal",
    "CWE-73": "path-traversal",
    "CWE-918": "ssrf",
    "CWE-601": "open-redirect",
    "CWE-79": "xss",
    "CWE-80": "xss",
    "CWE-502": "deserialization",
    "CWE-611": "xxe",
    "CWE-776": "xxe",
    "CWE-827": "xxe",
    "CWE-643": "xpath-injection",
    "CWE-90": "ldap-injection",
    "CWE-1336": "ssti",
}
CLASSES = sorted(set(CLASS_OF_CWE.values()))
VERDICTS = ("vulnerable", "safe")


def load_labels() -> list[dict]:
    with open(HERE / "labels.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        r["line"] = int(r["line"])
    return rows


def check(labels: list[dict]) -> list[str]:
    """Every label points at an existing, non-blank line; every case file is covered by exactly one case."""
    problems = []
    seen_cases = set()
    for i, r in enumerate(labels, start=2):
        where = f"labels.csv:{i}"
        if r["case"] in seen_cases:
            problems.append(f"{where}: case {r['case']} labelled twice")
        seen_cases.add(r["case"])
        if r["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {r['verdict']!r} is not vulnerable|safe")
        if r["class"] not in CLASSES:
            problems.append(f"{where}: unknown class {r['class']!r}")
        if not (r["file"] == r["case"] or r["file"].startswith(r["case"] + "/")):
            problems.append(f"{where}: file {r['file']} is outside case {r['case']}")
        path = HERE / r["file"]
        if not path.is_file():
            problems.append(f"{where}: {r['file']} does not exist")
            continue
        lines = path.read_text().split("\n")
        if not 1 <= r["line"] <= len(lines):
            problems.append(f"{where}: line {r['line']} outside {r['file']} ({len(lines)} lines)")
        elif not lines[r["line"] - 1].strip() or lines[r["line"] - 1].lstrip().startswith("#"):
            problems.append(f"{where}: line {r['line']} of {r['file']} is blank or a comment")
    owners = [r["case"] for r in labels]
    for p in sorted(CASES.rglob("*.py")):
        rel = p.relative_to(HERE).as_posix()
        n = sum(rel == c or rel.startswith(c + "/") for c in owners)
        if n != 1:
            problems.append(f"{rel}: belongs to {n} labelled cases (expected 1)")
    return problems


def scan(taint_only: bool = False) -> list[dict]:
    binary = os.environ.get("PATHFINDER_BIN") or str(REPO / "target" / "release" / "pathfinder")
    cmd = [binary, "scan", "-p", str(CASES), "-o", "json", "--no-progress", "--no-config", "--skip-tests", "false"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"score.py: {' '.join(cmd)} exited {proc.returncode}\n{proc.stderr}")
    report = json.loads(proc.stdout)
    findings = []
    for res in report["results"]:
        classes = {CLASS_OF_CWE[c] for c in res.get("metadata", {}).get("cwe", []) if c in CLASS_OF_CWE}
        if not classes:
            continue
        if taint_only and not res.get("detection", {}).get("type", "").startswith("taint"):
            continue
        f = Path(res["location"]["file"])
        f = f if f.is_absolute() else CASES / f
        rel = os.path.relpath(f, HERE).replace(os.sep, "/")
        finding = {"file": rel, "line": res["location"]["line"], "classes": classes, "rule": res["rule_id"]}
        findings.append(finding)
        # A cross-file flow is reported where the handler calls into the other file; its sink is the
        # labelled line there.
        sink = res.get("detection", {}).get("sink")
        if sink and sink.get("file") and (sink["file"], sink["line"]) != (res["location"]["file"], res["location"]["line"]):
            s = Path(sink["file"])
            s = s if s.is_absolute() else CASES / s
            findings.append({**finding, "file": os.path.relpath(s, HERE).replace(os.sep, "/"), "line": sink["line"], "via_sink": True})
    return findings


def judge(labels: list[dict], findings: list[dict]) -> list[dict]:
    at_line = defaultdict(list)
    in_file = defaultdict(list)
    for f in findings:
        at_line[(f["file"], f["line"])].append(f)
        in_file[f["file"]].append(f)
    out = []
    for r in labels:
        k = r["class"]
        if r["verdict"] == "vulnerable":
            hits = [f for f in at_line[(r["file"], r["line"])] if k in f["classes"]]
        else:
            hits = [
                f
                for path, fs in in_file.items()
                if path == r["case"] or path.startswith(r["case"] + "/")
                for f in fs
                if k in f["classes"]
            ]
        out.append({**r, "reported": bool(hits), "rules": sorted({f["rule"] for f in hits})})
    return out


def rate(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f} %" if d else "–"


def table(judged: list[dict], key: str, title: str) -> str:
    groups = defaultdict(list)
    for r in judged:
        groups[r[key] if key else "overall"].append(r)
    rows = [f"| {title} | vulnerable | found | TPR | safe | reported | FPR |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name in sorted(groups):
        g = groups[name]
        v = [r for r in g if r["verdict"] == "vulnerable"]
        s = [r for r in g if r["verdict"] == "safe"]
        tp = sum(r["reported"] for r in v)
        fp = sum(r["reported"] for r in s)
        rows.append(f"| {name} | {len(v)} | {tp} | {rate(tp, len(v))} | {len(s)} | {fp} | {rate(fp, len(s))} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check labels.csv against cases/")
    ap.add_argument("--taint-only", action="store_true", help="count only findings of taint (flows) rules")
    ap.add_argument("--details", action="store_true", help="list missed vulnerable and reported safe cases")
    args = ap.parse_args()
    labels = load_labels()
    problems = check(labels)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    if args.check:
        v = sum(r["verdict"] == "vulnerable" for r in labels)
        print(f"labels.csv consistent: {len(labels)} cases ({v} vulnerable, {len(labels) - v} safe)")
        return
    judged = judge(labels, scan(args.taint_only))
    print("### Overall\n")
    print(table(judged, "", "corpus"))
    print("\n### Per class\n")
    print(table(judged, "class", "class"))
    print("\n### Per construct\n")
    print(table(judged, "construct", "construct"))
    print("\n### Per framework\n")
    print(table(judged, "framework", "framework"))
    if args.details:
        print("\n### Missed vulnerable cases\n")
        for r in judged:
            if r["verdict"] == "vulnerable" and not r["reported"]:
                print(f"- {r['file']}:{r['line']} ({r['class']}, {r['construct']})")
        print("\n### Reported safe cases\n")
        for r in judged:
            if r["verdict"] == "safe" and r["reported"]:
                print(f"- {r['case']} ({r['class']}, {r['construct']}): {', '.join(r['rules'])}")


if __name__ == "__main__":
    main()
