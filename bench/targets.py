#!/usr/bin/env python3
"""Performance targets of issue 16 in one run (standard library only; called by bench/targets.sh).

Times, side by side, on the 282k-line corpus and the 723k-line one:
  ruff check --select S              the reference
  pathfinder scan                    every rule, taint included
  pathfinder scan --no-taint         pattern rules only
and a one-file scan of each tool, then prints the ratios next to their targets. Each figure is the median
of N runs. Wall time is what a user waits; CPU time (user + system, from wait4's rusage) is what the
machine spent, and is the fairer ratio on a shared machine where wall time follows the other load.
Peak RSS is the largest resident set of the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

LAUNCHER = r"""
import os, sys, time
res = sys.argv[1]
argv = sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, st, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
with open(res, "w") as f:
    f.write("%r %r %d %d" % (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, os.waitstatus_to_exitcode(st)))
"""

# Targets (issue 16, "Targets").
ALL_VS_RUFF = 1.5
NO_TAINT_VS_RUFF = 1.2
ALL_VS_PATTERN = 1.5
RSS_LARGE_MB = 150.0
ONE_FILE_VS_RUFF = 2.0
LINEARITY = 3.0


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Runs argv; returns (wall s, CPU s, max RSS KiB). Exits on an unexpected exit code."""
    with tempfile.NamedTemporaryFile("r", suffix=".rusage") as res:
        r = subprocess.run([sys.executable, "-S", "-I", "-c", LAUNCHER, res.name] + argv,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, env=env)
        try:
            wall, cpu, rss, rc = res.read().split()
        except ValueError:
            sys.exit(f"targets: could not time {argv[0]}: {r.stderr.decode(errors='replace')[-400:]}")
    if int(rc) not in (0, 1):
        sys.exit(f"targets: {' '.join(argv)} exited with {rc}: {r.stderr.decode(errors='replace')[-400:]}")
    return float(wall), float(cpu), int(rss)


class Timing:
    def __init__(self, runs: list[tuple[float, float, int]]):
        self.wall = statistics.median(r[0] for r in runs)
        self.cpu = statistics.median(r[1] for r in runs)
        self.rss_mb = max(r[2] for r in runs) / 1024


def measure(argv: list[str], runs: int, env: dict[str, str]) -> Timing:
    run_once(argv, env)  # warm the page cache
    return Timing([run_once(argv, env) for _ in range(runs)])


def lines_of(corpus: Path) -> int:
    n = 0
    for p in corpus.rglob("*.py"):
        with open(p, "rb") as f:
            n += sum(1 for _ in f)
    return n


def verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISS"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pathfinder", required=True)
    ap.add_argument("--ruff", required=True)
    ap.add_argument("--corpus", action="append", required=True, help="NAME=DIR, small corpus first")
    ap.add_argument("--one-file", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one-file-runs", type=int, default=10)
    args = ap.parse_args()
    env = dict(os.environ)

    def pf(target: str, *extra: str) -> list[str]:
        return [args.pathfinder, "scan", "--project", target, "--no-config", "--output", "json",
                "--no-progress", "--output-file", "/dev/null", *extra]

    def ruff(target: str) -> list[str]:
        return [args.ruff, "check", "--isolated", "--select", "S", "--no-cache", "--exit-zero", "-q", target]

    misses = 0
    rows = []
    per_corpus = {}
    for spec in args.corpus:
        name, _, path = spec.partition("=")
        corpus = Path(path)
        if not corpus.is_dir():
            sys.exit(f"targets: corpus {name} not found at {corpus}")
        lines = lines_of(corpus)
        r = measure(ruff(str(corpus)), args.runs, env)
        a = measure(pf(str(corpus)), args.runs, env)
        p = measure(pf(str(corpus), "--no-taint"), args.runs, env)
        per_corpus[name] = (lines, a)
        for label, t in (("ruff --select S", r), ("pathfinder, all rules", a), ("pathfinder --no-taint", p)):
            rows.append((name, f"{lines:,}", label, t.wall, t.cpu, t.rss_mb))
        checks = [
            ("all rules / ruff", a, r, ALL_VS_RUFF),
            ("--no-taint / ruff", p, r, NO_TAINT_VS_RUFF),
            ("all rules / --no-taint", a, p, ALL_VS_PATTERN),
        ]
        for label, x, y, limit in checks:
            wall, cpu = x.wall / y.wall, x.cpu / y.cpu
            misses += cpu > limit
            rows.append((name, "", f"ratio {label} (target <= {limit})", wall, cpu,
                         f"{verdict(cpu, limit)} (CPU)"))
        per_corpus[name] = (lines, a)

    one = Path(args.one_file)
    r1 = measure(ruff(str(one)), args.one_file_runs, env)
    p1 = measure(pf(str(one)), args.one_file_runs, env)
    rows.append(("one file", "", "ruff --select S", r1.wall, r1.cpu, r1.rss_mb))
    rows.append(("one file", "", "pathfinder, all rules", p1.wall, p1.cpu, p1.rss_mb))
    ratio = p1.wall / r1.wall
    misses += ratio > ONE_FILE_VS_RUFF
    rows.append(("one file", "", f"ratio pathfinder / ruff (target <= {ONE_FILE_VS_RUFF})",
                 ratio, p1.cpu / r1.cpu, f"{verdict(ratio, ONE_FILE_VS_RUFF)} (wall)"))

    print(f"{'corpus':<10} {'lines':>9}  {'what':<46} {'wall s':>8} {'CPU s':>8}  {'RSS MB / verdict'}")
    for name, lines, label, wall, cpu, last in rows:
        last = f"{last:.0f}" if isinstance(last, float) else last
        fmt = "{:.3f}" if name == "one file" and not label.startswith("ratio") else "{:.2f}"
        print(f"{name:<10} {lines:>9}  {label:<46} {fmt.format(wall):>8} {fmt.format(cpu):>8}  {last}")

    names = list(per_corpus)
    if len(names) >= 2:
        (l0, t0), (l1, t1) = per_corpus[names[0]], per_corpus[names[-1]]
        growth = t1.cpu / t0.cpu
        misses += growth > LINEARITY
        print(f"\nlinearity: {names[-1]} has {l1 / l0:.2f}x the lines of {names[0]}; all-rules CPU time "
              f"{growth:.2f}x (target <= {LINEARITY}): {verdict(growth, LINEARITY)}; "
              f"lines per CPU second {l0 / t0.cpu:,.0f} vs {l1 / t1.cpu:,.0f}")
        rss = t1.rss_mb
        misses += rss > RSS_LARGE_MB
        print(f"peak RSS on {names[-1]}: {rss:.0f} MB (target <= {RSS_LARGE_MB:.0f}): "
              f"{verdict(rss, RSS_LARGE_MB)}; on {names[0]}: {t0.rss_mb:.0f} MB")
    print(f"\n{misses} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
