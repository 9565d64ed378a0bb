#!/usr/bin/env python3
"""Benchmark helper for bench/run.sh (standard library only).

Subcommands:
  corpus  download the pinned wheels listed in bench/corpus.txt and unpack
          their .py files into bench/.work/corpus/ (skipped when the stamp
          says the same pins are already unpacked);
  run     time pathfinder and its peers on the corpus, print a table and
          write it as Markdown (bench/results.md).

Wall time is measured around fork/exec/wait; peak RSS comes from os.wait4()'s
rusage of the child (ru_maxrss, KiB on Linux; covers the child and the
descendants it waited for), so no external `time` binary is needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

# Bump when the unpacking logic changes so existing corpora get rebuilt.
CORPUS_LAYOUT_VERSION = "1"
STAMP_NAME = ".bench-corpus-stamp.json"

# Targets for pathfinder (see bench/README.md).
TARGET_RUFF_RATIO = 1.5
TARGET_RSS_MB = 300.0
TARGET_TAINT_RATIO = 2.0


def die(msg: str, code: int = 1) -> None:
    print(f"bench: error: {msg}", file=sys.stderr)
    sys.exit(code)


def note(msg: str) -> None:
    print(f"bench: {msg}", flush=True)


# --------------------------------------------------------------------------
# corpus
# --------------------------------------------------------------------------

REQ_LINE = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;]+)\s+--hash=sha256:(?P<sha>[0-9a-f]{64})\s*$"
)


@dataclass
class Pin:
    name: str
    version: str
    sha256: str


def parse_pins(path: Path) -> list[Pin]:
    pins = []
    for lineno, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = REQ_LINE.match(line)
        if not m:
            die(f"{path}:{lineno}: expected 'name==version --hash=sha256:<64 hex>', got: {raw!r}")
        pins.append(Pin(m["name"], m["version"], m["sha"]))
    if not pins:
        die(f"{path}: no pins found")
    return pins


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def safe_member(name: str) -> PurePosixPath | None:
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        return None
    return p


def cmd_corpus(args: argparse.Namespace) -> int:
    req = Path(args.requirements).resolve()
    work = Path(args.work).resolve()
    corpus = work / "corpus"
    downloads = work / "downloads"
    pins = parse_pins(req)
    key = hashlib.sha256((CORPUS_LAYOUT_VERSION + "\n" + req.read_text()).encode()).hexdigest()

    stamp_path = corpus / STAMP_NAME
    if stamp_path.is_file():
        try:
            stamp = json.loads(stamp_path.read_text())
        except (OSError, ValueError):
            stamp = {}
        if stamp.get("key") == key:
            note(f"corpus up to date ({corpus})")
            print_corpus_stats(stamp)
            return 0

    downloads.mkdir(parents=True, exist_ok=True)
    wanted = {p.sha256: p for p in pins}
    have = {}
    for f in downloads.iterdir():
        if f.is_file():
            h = sha256_file(f)
            if h in wanted:
                have[h] = f
    missing = [p for p in pins if p.sha256 not in have]
    if missing:
        note("downloading corpus wheels: " + ", ".join(f"{p.name}=={p.version}" for p in missing))
        tmp_req = work / "corpus-missing.txt"
        tmp_req.write_text("".join(f"{p.name}=={p.version} --hash=sha256:{p.sha256}\n" for p in missing))
        cmd = [
            sys.executable, "-m", "pip", "download",
            "--disable-pip-version-check", "--no-deps", "--require-hashes",
            "--only-binary=:all:", "--platform", "manylinux_2_34_x86_64",
            "--python-version", "3.11", "--implementation", "cp",
            "-d", str(downloads), "-r", str(tmp_req),
        ]
        r = subprocess.run(cmd)
        tmp_req.unlink()
        if r.returncode != 0:
            die("pip download of the corpus failed (is PyPI reachable? do the hashes in "
                f"{req} still match the published wheels?)")
        for f in downloads.iterdir():
            if f.is_file():
                h = sha256_file(f)
                if h in wanted:
                    have[h] = f
        still = [p for p in pins if p.sha256 not in have]
        if still:
            die("downloaded files do not match the pinned hashes: "
                + ", ".join(f"{p.name}=={p.version}" for p in still))

    tmp = work / "corpus.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    stats = []
    for p in pins:
        archive = have[p.sha256]
        if not zipfile.is_zipfile(archive):
            die(f"{archive.name}: not a wheel/zip archive")
        dest = tmp / f"{p.name}-{p.version}"
        files = lines = 0
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if info.is_dir() or not info.filename.endswith(".py"):
                    continue
                rel = safe_member(info.filename)
                if rel is None:
                    die(f"{archive.name}: unsafe member path {info.filename!r}")
                data = z.read(info)
                out = dest.joinpath(*rel.parts)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(data)
                files += 1
                lines += data.count(b"\n")
        stats.append({"name": p.name, "version": p.version, "files": files, "lines": lines})

    stamp = {
        "key": key,
        "packages": stats,
        "files": sum(s["files"] for s in stats),
        "lines": sum(s["lines"] for s in stats),
    }
    (tmp / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n")
    if corpus.exists():
        shutil.rmtree(corpus)
    tmp.rename(corpus)
    note(f"corpus built in {corpus}")
    print_corpus_stats(stamp)
    return 0


def print_corpus_stats(stamp: dict) -> None:
    for s in stamp["packages"]:
        print(f"  {s['name'] + '==' + s['version']:<22} {s['files']:>6} files {s['lines']:>9,} lines")
    print(f"  {'total':<22} {stamp['files']:>6} files {stamp['lines']:>9,} lines")


# --------------------------------------------------------------------------
# run
# --------------------------------------------------------------------------


@dataclass
class Tool:
    key: str
    label: str
    timed: list[str]
    ok_codes: set[int]
    env: dict[str, str] | None = None
    # Fast tools: one untimed warm-up run of count_cmd (fills the page cache
    # and yields the findings count) before the timed runs.
    # Slow tools (count_cmd None): the timed runs themselves write the report
    # to count_file, whose cost is noise next to a minute of analysis.
    count_cmd: list[str] | None = None
    count_stdout: Path | None = None  # where the count run's stdout goes
    count_parse: object = None  # callable(Path) -> int | None
    count_file: Path | None = None
    runs: int = 3
    optional: bool = False
    # results
    walls: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    findings: int | None = None
    files: int | None = None  # .py files the tool says it analysed
    files_parse: object = None  # callable(Path) -> int | None, on count_file
    failed: str | None = None


# Each measured command is started by this small, freshly exec'd Python
# process rather than by the harness itself: on Linux ru_maxrss keeps the
# pre-exec high-water mark of the forking process, so forking from the
# harness would put its own RSS (and, with vfork, its peak) under every
# number. The launcher's floor is ~5 MB, measured and reported as such.
LAUNCHER = r"""
import os, sys, time
res, argv = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    except OSError as e:
        os.write(2, ("cannot start %s: %s\n" % (argv[0], e)).encode())
    os._exit(127)
_, st, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
with open(res, "w") as f:
    f.write("%r %d %d" % (wall, ru.ru_maxrss, os.waitstatus_to_exitcode(st)))
"""


def run_once(argv: list[str], env: dict[str, str] | None, stdout_path: Path | None,
             log_prefix: Path) -> tuple[float, int, int]:
    """Run argv; return (wall seconds, max RSS KiB, exit code)."""
    stdout_target = stdout_path if stdout_path is not None else log_prefix.with_suffix(".stdout")
    res = log_prefix.with_suffix(".rusage")
    if res.exists():
        res.unlink()
    with open(stdout_target, "wb") as so, open(log_prefix.with_suffix(".stderr"), "wb") as se:
        r = subprocess.run([sys.executable, "-S", "-I", "-c", LAUNCHER, str(res)] + argv,
                           stdin=subprocess.DEVNULL, stdout=so, stderr=se, env=env)
    try:
        wall, rss, rc = res.read_text().split()
        return float(wall), int(rss), int(rc)
    except (OSError, ValueError):
        return 0.0, 0, r.returncode or 127


def tail(path: Path, n: int = 15) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join("    " + line for line in lines[-n:])


def json_path(path: Path, *keys):
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    for k in keys:
        if isinstance(k, int):
            if not isinstance(data, list) or len(data) <= k:
                return None
        elif not isinstance(data, dict) or k not in data:
            return None
        data = data[k]
    return data


def count_summary_total(path: Path) -> int | None:
    v = json_path(path, "summary", "total")
    return v if isinstance(v, int) else None


def count_list(path: Path) -> int | None:
    v = json_path(path)
    return len(v) if isinstance(v, list) else None


def count_bandit(path: Path) -> int | None:
    v = json_path(path, "results")
    return len(v) if isinstance(v, list) else None


def files_pathfinder(path: Path) -> int | None:
    v = json_path(path, "scan", "files_scanned")
    return v if isinstance(v, int) else None


def files_bandit(path: Path) -> int | None:
    v = json_path(path, "metrics")
    return len([k for k in v if k != "_totals"]) if isinstance(v, dict) else None


def version_of(argv: list[str], env=None, name: str = "") -> str:
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env,
                           stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    out = (r.stdout or r.stderr).strip()
    if r.returncode != 0 or not out:
        return "unknown"
    for line in out.splitlines():
        m = re.search(r"Version:\s*(\S+)", line)
        if m:
            return m.group(1)
    first = out.splitlines()[0].strip()
    if name and first.lower().startswith(name + " "):
        first = first[len(name) + 1:].strip()
    return first


def git_rev(root: Path) -> str:
    try:
        rev = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "crates",
                                "Cargo.toml", "Cargo.lock", "rules"],
                               capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    if not rev:
        return "unknown"
    return rev + ("+dirty" if dirty else "")


def machine_info() -> dict:
    info = {"cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["cpu"] = cpu
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 1024 / 1024
                break
    except OSError:
        pass
    info["mem"] = f"{mem:.0f} GiB RAM" if mem else "unknown RAM"
    info["os"] = f"{platform.system()} {platform.release()}"
    return info


def cpu_busy(seconds: float = 1.0) -> float:
    """Fraction (0..1) of all CPU time that was busy over `seconds`, from /proc/stat."""
    def sample():
        with open("/proc/stat") as f:
            vals = [int(x) for x in f.readline().split()[1:]]
        idle = vals[3] + (vals[4] if len(vals) > 4 else 0)  # idle + iowait
        return sum(vals), idle
    try:
        t0, i0 = sample()
        time.sleep(seconds)
        t1, i1 = sample()
    except (OSError, ValueError, IndexError):
        return 0.0
    return 0.0 if t1 == t0 else 1.0 - (i1 - i0) / (t1 - t0)


def wait_until_quiet(limit_s: float = 60.0, threshold: float = 0.25) -> float:
    """Wait (up to limit_s) for other work, e.g. the cargo build, to finish. Returns the last busy fraction."""
    deadline = time.monotonic() + limit_s
    busy = cpu_busy()
    if busy > threshold:
        note(f"machine is {busy:.0%} busy; waiting up to {limit_s:.0f} s for it to settle")
    while busy > threshold and time.monotonic() < deadline:
        busy = cpu_busy(2.0)
    return busy


def fmt_s(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if v < 10 else f"{v:.1f}"


def cmd_run(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus).resolve()
    stamp_path = corpus / STAMP_NAME
    if not stamp_path.is_file():
        die(f"no corpus at {corpus}; run `measure.py corpus` first")
    stamp = json.loads(stamp_path.read_text())
    work = Path(args.work).resolve()
    logs = work / "logs"
    if logs.exists():
        shutil.rmtree(logs)
    logs.mkdir(parents=True)
    runs = args.runs
    if runs < 1:
        die("BENCH_RUNS must be >= 1")
    threads = args.threads
    C = str(corpus)

    base_env = dict(os.environ)
    peer_env = dict(base_env)
    if threads:
        # Keep the comparison fair: Ruff (rayon) gets the same thread budget.
        peer_env["RAYON_NUM_THREADS"] = str(threads)

    tools: list[Tool] = []
    if args.cpf_runs < 1:
        die("BENCH_CPF_RUNS must be >= 1")

    pf_json = work / "pathfinder.json"
    pf_cmd = [args.pathfinder, "scan", "--project", C, "--output", "json", "--no-progress"]
    if threads:
        pf_cmd += ["--threads", str(threads)]
    tools.append(Tool(
        key="pathfinder", label="pathfinder",
        timed=pf_cmd + ["--output-file", "/dev/null"],
        ok_codes={0, 1}, env=base_env, runs=runs,
        count_cmd=pf_cmd + ["--output-file", str(pf_json)], count_file=pf_json,
        count_parse=count_summary_total, files_parse=files_pathfinder,
    ))

    # The same scan without flows() rules: the taint analysis must stay within 2x of this.
    pfp_json = work / "pathfinder-pattern.json"
    tools.append(Tool(
        key="pathfinder-pattern", label="pathfinder (pattern rules only)",
        timed=pf_cmd + ["--no-taint", "--output-file", "/dev/null"],
        ok_codes={0, 1}, env=base_env, runs=runs,
        count_cmd=pf_cmd + ["--no-taint", "--output-file", str(pfp_json)], count_file=pfp_json,
        count_parse=count_summary_total, files_parse=files_pathfinder,
    ))

    ruff_base = [args.ruff, "check", "--isolated", "--select", "S", "--no-cache", "--exit-zero", "-q"]
    ruff_json = work / "ruff.json"
    tools.append(Tool(
        key="ruff", label="ruff (S rules)",
        timed=ruff_base + [C], ok_codes={0}, env=peer_env, runs=runs,
        count_cmd=ruff_base + ["--output-format", "json", C], count_stdout=ruff_json,
        count_file=ruff_json, count_parse=count_list,
    ))

    bandit_json = work / "bandit.json"
    tools.append(Tool(
        key="bandit", label="bandit",
        timed=[args.bandit, "-r", C, "-q", "-f", "json", "-o", str(bandit_json)],
        ok_codes={0, 1}, env=peer_env, runs=runs,
        count_file=bandit_json, count_parse=count_bandit, files_parse=files_bandit,
    ))

    cpf_notes = []
    if args.cpf:
        cpf_env = dict(base_env)
        if args.cpf_path:
            # The Go binary shells out to python3 to load its Python-SDK rules.
            cpf_env["PATH"] = args.cpf_path + os.pathsep + cpf_env.get("PATH", "")
        cpf_json = work / "codepathfinder.json"
        cpf_base = [args.cpf, "scan", "--disable-metrics", "--no-update-check", "--no-banner",
                    "--rules", args.cpf_rules, "--project", C, "-o", "json", "-f"]
        tools.append(Tool(
            key="cpf", label="codepathfinder", optional=True,
            timed=cpf_base + [str(cpf_json)], ok_codes={0}, env=cpf_env,
            count_file=cpf_json, count_parse=count_summary_total, runs=args.cpf_runs,
        ))
    elif args.cpf_skip_reason:
        cpf_notes.append(f"Code Pathfinder not measured: {args.cpf_skip_reason}")

    # Ruff's view of the corpus, to catch silently skipped files (gitignore, default excludes).
    ruff_files = None
    try:
        r = subprocess.run([args.ruff, "check", "--isolated", "--show-files", C], capture_output=True,
                           text=True, timeout=600, env=peer_env, stdin=subprocess.DEVNULL)
        if r.returncode == 0:
            ruff_files = sum(1 for line in r.stdout.splitlines() if line.strip().endswith(".py"))
    except (OSError, subprocess.TimeoutExpired):
        pass

    # The measuring method's own RSS floor (what /bin/true reports through it).
    floor_kib = min(run_once(["true"], base_env, None, logs / "floor")[1] for _ in range(3))
    floor_mb = floor_kib / 1024

    busy_before: dict[str, float] = {}
    note(f"corpus: {stamp['files']:,} files, {stamp['lines']:,} lines; {runs} timed run(s) per tool, "
         f"threads: {threads or 'tool default'}")
    for t in tools:
        busy_before[t.label] = wait_until_quiet()
        if t.count_file is not None and t.count_file.exists():
            t.count_file.unlink()
        if t.count_cmd is not None:
            note(f"{t.label}: untimed warm-up/count run")
            _, _, rc = run_once(t.count_cmd, t.env, t.count_stdout, logs / f"{t.key}-count")
            if rc not in t.ok_codes:
                t.failed = f"exit code {rc} (accepted: {sorted(t.ok_codes)})"
                print(f"bench: {t.label} failed with {t.failed}; stderr tail:\n"
                      f"{tail(logs / f'{t.key}-count.stderr')}", file=sys.stderr)
                continue
            t.findings = t.count_parse(t.count_file) if t.count_file else None
            if t.files_parse and t.count_file:
                t.files = t.files_parse(t.count_file)
        for i in range(t.runs):
            wall, rss, rc = run_once(t.timed, t.env, None, logs / f"{t.key}-run{i + 1}")
            if rc not in t.ok_codes:
                t.failed = f"exit code {rc} on timed run {i + 1} (accepted: {sorted(t.ok_codes)})"
                print(f"bench: {t.label} failed with {t.failed}; stderr tail:\n"
                      f"{tail(logs / f'{t.key}-run{i + 1}.stderr')}", file=sys.stderr)
                break
            t.walls.append(wall)
            t.rss_kib.append(rss)
            note(f"{t.label}: run {i + 1}/{t.runs}: {wall:.2f} s, {rss / 1024:.0f} MB")
        if t.count_cmd is None and not t.failed and t.count_file is not None:
            t.findings = t.count_parse(t.count_file)
            if t.files_parse:
                t.files = t.files_parse(t.count_file)
    by = {t.key: t for t in tools}
    by["ruff"].files = ruff_files

    def med(t: Tool) -> float | None:
        return statistics.median(t.walls) if t.walls and not t.failed else None

    def rss_mb(t: Tool) -> float | None:
        return max(t.rss_kib) / 1024 if t.rss_kib and not t.failed else None

    ruff_med = med(by["ruff"])
    rows = []
    for t in tools:
        m = med(t)
        spread = f"{fmt_s(min(t.walls))}–{fmt_s(max(t.walls))}" if m is not None else "—"
        ratio = f"{m / ruff_med:.2f}×" if (m is not None and ruff_med) else "—"
        findings = str(t.findings) if t.findings is not None else "n/a"
        status = "FAILED: " + t.failed if t.failed else ""
        files = str(t.files) if t.files is not None else "n/a"
        rows.append([t.label, fmt_s(m) if not t.failed else "FAILED", spread,
                     f"{rss_mb(t):.0f}" if rss_mb(t) is not None else "—", findings, files, ratio, status])

    pf = by["pathfinder"]
    pf_med, pf_rss = med(pf), rss_mb(pf)
    pf_report = pf_json.is_file() and json_path(pf_json) is not None
    targets = []
    if not pf.failed and not pf_report:
        targets.append((f"wall time ≤ {TARGET_RUFF_RATIO}× Ruff's", "—", "n/a (no report)"))
        targets.append((f"max RSS ≤ {TARGET_RSS_MB:.0f} MB", "—", "n/a (no report)"))
    elif pf_med is not None and ruff_med:
        ratio = pf_med / ruff_med
        targets.append((f"wall time ≤ {TARGET_RUFF_RATIO}× Ruff's", f"{ratio:.2f}×",
                        "PASS" if ratio <= TARGET_RUFF_RATIO else "MISS"))
    else:
        targets.append((f"wall time ≤ {TARGET_RUFF_RATIO}× Ruff's", "—", "MISS"))
    if not pf_report and not pf.failed:
        pass
    elif pf_rss is not None:
        targets.append((f"max RSS ≤ {TARGET_RSS_MB:.0f} MB", f"{pf_rss:.0f} MB",
                        "PASS" if pf_rss <= TARGET_RSS_MB else "MISS"))
    else:
        targets.append((f"max RSS ≤ {TARGET_RSS_MB:.0f} MB", "—", "MISS"))
    pfp_med = med(by["pathfinder-pattern"]) if "pathfinder-pattern" in by else None
    if pf_report and pf_med is not None and pfp_med:
        taint_ratio = pf_med / pfp_med
        targets.append((f"all rules (taint included) ≤ {TARGET_TAINT_RATIO}× pattern rules only",
                        f"{taint_ratio:.2f}×", "PASS" if taint_ratio <= TARGET_TAINT_RATIO else "MISS"))

    notes = list(cpf_notes)
    if not pf.failed and not pf_report:
        notes.append(f"pathfinder wrote no JSON report (is `{args.pathfinder}` a stand-in?); "
                     "its row is not a real measurement and its targets are not judged.")
    elif not pf.failed and pf.findings is None:
        notes.append("pathfinder's JSON report has no integer `summary.total`; findings not counted.")
    for t in tools:
        if t.files is not None and t.files < stamp["files"]:
            notes.append(f"{t.label} analysed {t.files} of the corpus's {stamp['files']} .py files.")
    notes.append("Files: what each tool reports it analysed (pathfinder `scan.files_scanned`, "
                 "`ruff check --show-files`, bandit's per-file metrics); n/a where not reported.")
    if "cpf" in by:
        notes.append("codepathfinder runs only the two Python-SDK rules bundled in its wheel "
                     "(`rules/python`: PYTHON-DESER-001, PYTHON-FLASK-001); its remote rulesets and "
                     "stdlib/third-party registries need network access and are not available here; "
                     "it skips test files by default.")
    busy = {k: v for k, v in busy_before.items() if v > 0.25}
    if busy:
        notes.append("Other work was running when these tools started (share of all CPU busy): "
                     + ", ".join(f"{k} {v:.0%}" for k, v in busy.items()) + "; their timings are skewed.")
    notes.append("bandit is single-threaded by design; the other tools use all cores unless "
                 "BENCH_THREADS is set.")
    notes.append("pathfinder and ruff get one untimed warm-up run (which also counts findings) before "
                 "their timed runs; bandit and codepathfinder, which take minutes, write their JSON "
                 "report during the timed runs instead.")
    notes.append(f"Max RSS is ru_maxrss from wait4(): the largest single process of the tool's process "
                 f"tree, not a sum. The measuring launcher's floor is {floor_mb:.0f} MB (what /bin/true "
                 f"reports); values at that floor mean \"at most that\".")

    # ---- terminal table
    headers = ["tool", "median wall s", "min–max s", "max RSS MB", "findings", "files", "vs ruff", ""]
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    print()
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    print("  ".join("-" * w for w in widths[:-1]))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    print()
    print("pathfinder targets:")
    for name, val, verdict in targets:
        print(f"  {name:<24} {val:>8}  {verdict}")
    print(f"  (Ruff's median: {fmt_s(ruff_med)} s, so the wall-time bound is "
          f"{fmt_s(ruff_med * TARGET_RUFF_RATIO) if ruff_med else '—'} s)")
    for n in notes:
        print(f"note: {n}")

    # ---- Markdown
    mi = machine_info()
    versions = {
        "pathfinder": f"{version_of([args.pathfinder, '--version'], name='pathfinder')} "
                      f"(git {git_rev(Path(args.root))}, binary `{args.pathfinder_label or args.pathfinder}`)",
        "ruff": version_of([args.ruff, "--version"], name="ruff"),
        "bandit": version_of([args.bandit, "--version"], name="bandit"),
    }
    if args.cpf:
        versions["codepathfinder"] = version_of(
            [args.cpf, "version", "--disable-metrics", "--no-update-check", "--no-banner"], by["cpf"].env)
    corpus_desc = ", ".join(f"{s['name']} {s['version']}" for s in stamp["packages"])
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md = []
    md.append("# Benchmark results\n")
    md.append("Latest measurement by `bench/run.sh` (overwritten on every run; see `bench/README.md`).\n")
    md.append(f"- Date: {now}")
    md.append(f"- Machine: {mi['cores']} cores (nproc), {mi['cpu']}, {mi['mem']}, {mi['os']}")
    md.append(f"- Corpus: {stamp['files']:,} files, {stamp['lines']:,} lines of Python "
              f"(.py files of the PyPI wheels {corpus_desc})")
    run_desc = f"{runs} timed run(s) per tool"
    if "cpf" in by and by["cpf"].runs != runs:
        run_desc += f" ({by['cpf'].runs} for codepathfinder, BENCH_CPF_RUNS)"
    md.append(f"- Runs: median wall time of {run_desc}; max RSS is the peak over the timed runs")
    md.append("- CPU busy with other work just before each tool started: "
              + ", ".join(f"{k} {v:.0%}" for k, v in busy_before.items()))
    md.append(f"- Threads: {threads if threads else 'each tool default (all cores)'}")
    md.append("- Versions: " + "; ".join(f"{k} {v}" for k, v in versions.items()))
    md.append("")
    md.append("| Tool | Median wall (s) | Min–max (s) | Max RSS (MB) | Findings | Files | × Ruff wall |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        md.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |")
    md.append("")
    md.append("## pathfinder targets\n")
    md.append("| Target | Measured | Verdict |")
    md.append("| --- | ---: | --- |")
    for name, val, verdict in targets:
        md.append(f"| {name} | {val} | {verdict} |")
    if ruff_med:
        md.append("")
        md.append(f"Ruff's median is {fmt_s(ruff_med)} s, so the wall-time bound is "
                  f"{fmt_s(ruff_med * TARGET_RUFF_RATIO)} s.")
    md.append("")
    md.append("## Commands\n")
    for t in tools:
        md.append(f"- {t.label}: `{' '.join(shorten(a, C, args) for a in t.timed)}`")
    if notes:
        md.append("")
        md.append("## Notes\n")
        for n in notes:
            md.append(f"- {n}")
    Path(args.results).write_text("\n".join(md) + "\n")
    note(f"wrote {args.results}")

    required_failed = [t.label for t in tools if t.failed and not t.optional]
    if required_failed:
        print(f"bench: error: failed: {', '.join(required_failed)} (logs in {logs})", file=sys.stderr)
        return 1
    if args.strict and any(v == "MISS" for _, _, v in targets):
        print("bench: BENCH_STRICT=1 and a target was missed", file=sys.stderr)
        return 3
    return 0


def shorten(arg: str, corpus: str, args) -> str:
    if arg == corpus:
        return "CORPUS"
    work = str(Path(args.work).resolve())
    if arg.startswith(work + os.sep):
        return "bench/.work/" + arg[len(work) + 1:]
    if arg == args.pathfinder:
        return "pathfinder"
    if arg == args.ruff:
        return "ruff"
    if arg == args.bandit:
        return "bandit"
    if args.cpf and arg == args.cpf:
        return "codepathfinder/bin/pathfinder"
    if args.cpf_rules and arg == args.cpf_rules:
        return "SITE_PACKAGES/rules/python"
    return arg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)

    c = sub.add_parser("corpus", help="download and unpack the pinned corpus")
    c.add_argument("--requirements", required=True)
    c.add_argument("--work", required=True)

    r = sub.add_parser("run", help="time the tools on the corpus")
    r.add_argument("--corpus", required=True)
    r.add_argument("--work", required=True)
    r.add_argument("--root", required=True, help="repository root (for the git revision)")
    r.add_argument("--results", required=True)
    r.add_argument("--pathfinder", required=True)
    r.add_argument("--pathfinder-label", default="")
    r.add_argument("--ruff", required=True)
    r.add_argument("--bandit", required=True)
    r.add_argument("--cpf", default="")
    r.add_argument("--cpf-rules", default="")
    r.add_argument("--cpf-path", default="", help="directory prepended to PATH for codepathfinder")
    r.add_argument("--cpf-skip-reason", default="")
    r.add_argument("--runs", type=int, default=3)
    r.add_argument("--cpf-runs", type=int, default=1)
    r.add_argument("--threads", type=int, default=0)
    r.add_argument("--strict", action="store_true")

    args = ap.parse_args()
    if args.cmd == "corpus":
        return cmd_corpus(args)
    return cmd_run(args)


if __name__ == "__main__":
    sys.exit(main())
