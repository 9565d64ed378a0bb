#!/usr/bin/env python3
"""Scores a pathfinder build on the Go precision corpus: TPR and FPR per class, construct and framework.

    bench/precision-go/score.py              # scan cases/ and print the Markdown tables
    bench/precision-go/score.py --details    # also list every missed and every falsely reported case
    bench/precision-go/score.py --check      # only check that labels.csv and cases/ agree

The binary is $PATHFINDER_BIN, or target/release/pathfinder of this repository (target/debug when there is
no release build).

A vulnerable case is found when a finding of its class is reported on its labelled line, or names that line
as the sink of its flow (a flow into a function of another package is reported where the handler calls
it). A safe case is a false positive when any finding of its class is reported anywhere in its directory.
A finding's class comes from the CWE ids of the JSON report (the rule that won a merge and the rules it
absorbed), never from the rule id.
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

CLASS_OF_CWE = {
    "CWE-89": "sql-injection",
    "CWE-77": "command-injection",
    "CWE-78": "command-injection",
    "CWE-22": "path-traversal",
    "CWE-23": "path-traversal",
    "CWE-918": "ssrf",
    "CWE-601": "open-redirect",
    "CWE-79": "xss",
    "CWE-916": "weak-password-hash",
}
CLASSES = sorted(set(CLASS_OF_CWE.values()))


def load_labels() -> list[dict]:
    with open(HERE / "labels.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        r["line"] = int(r["line"])
    return rows


def check(labels: list[dict]) -> list[str]:
    problems = []
    seen = set()
    for i, r in enumerate(labels, start=2):
        where = f"labels.csv:{i}"
        if r["case"] in seen:
            problems.append(f"{where}: case {r['case']} labelled twice")
        seen.add(r["case"])
        if r["verdict"] not in ("vulnerable", "safe"):
            problems.append(f"{where}: verdict {r['verdict']!r}")
        if r["class"] not in CLASSES:
            problems.append(f"{where}: unknown class {r['class']!r}")
        path = HERE / r["file"]
        if not path.is_file():
            problems.append(f"{where}: {r['file']} does not exist")
            continue
        lines = path.read_text().split("\n")
        if not 1 <= r["line"] <= len(lines) or not lines[r["line"] - 1].strip():
            problems.append(f"{where}: line {r['line']} of {r['file']} is blank or missing")
    for p in sorted(CASES.rglob("*.go")):
        rel = p.relative_to(HERE).as_posix()
        n = sum(rel.startswith(c + "/") for c in seen)
        if n != 1:
            problems.append(f"{rel}: belongs to {n} labelled cases (expected 1)")
    return problems


def binary() -> str:
    if os.environ.get("PATHFINDER_BIN"):
        return os.environ["PATHFINDER_BIN"]
    release = REPO / "target" / "release" / "pathfinder"
    return str(release if release.exists() else REPO / "target" / "debug" / "pathfinder")


def scan() -> list[dict]:
    cmd = [binary(), "scan", "-p", str(CASES), "-o", "json", "--no-progress", "--no-config", "--ruleset", "go/all"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"score.py: {' '.join(cmd)} exited {proc.returncode}\n{proc.stderr}")
    findings = []
    for res in json.loads(proc.stdout)["results"]:
        cwes = list(res.get("metadata", {}).get("cwe", []))
        classes = {CLASS_OF_CWE[c] for c in cwes if c in CLASS_OF_CWE}
        if not classes:
            continue
        f = Path(res["location"]["file"])
        f = f if f.is_absolute() else CASES / f
        rel = os.path.relpath(f, HERE).replace(os.sep, "/")
        found = {"file": rel, "line": res["location"]["line"], "classes": classes, "rule": res["rule_id"]}
        findings.append(found)
        sink = res.get("detection", {}).get("sink")
        if sink and sink.get("file"):
            s = Path(sink["file"])
            s = s if s.is_absolute() else CASES / s
            findings.append({**found, "file": os.path.relpath(s, HERE).replace(os.sep, "/"), "line": sink["line"]})
    return findings


def judge(labels: list[dict], findings: list[dict]) -> list[dict]:
    at_line = defaultdict(list)
    for f in findings:
        at_line[(f["file"], f["line"])].append(f)
    out = []
    for r in labels:
        k = r["class"]
        if r["verdict"] == "vulnerable":
            hits = [f for f in at_line[(r["file"], r["line"])] if k in f["classes"]]
        else:
            hits = [f for f in findings if f["file"].startswith(r["case"] + "/") and k in f["classes"]]
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
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--details", action="store_true")
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
    judged = judge(labels, scan())
    print("### Overall\n")
    print(table(judged, "", "corpus"))
    print("\n### Per class\n")
    print(table(judged, "class", "class"))
    print("\n### Per framework\n")
    print(table(judged, "framework", "framework"))
    print("\n### Per batch (tuned: the engine was fixed on these; held-out: written afterwards)\n")
    print(table(judged, "batch", "batch"))
    if args.details:
        print("\n### Missed vulnerable cases\n")
        for r in judged:
            if r["verdict"] == "vulnerable" and not r["reported"]:
                print(f"- {r['case']} ({r['class']}, {r['construct']}) {r['file']}:{r['line']}")
        print("\n### Reported safe cases\n")
        for r in judged:
            if r["verdict"] == "safe" and r["reported"]:
                print(f"- {r['case']} ({r['class']}, {r['construct']}) by {', '.join(r['rules'])}")


if __name__ == "__main__":
    main()
