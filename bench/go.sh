#!/usr/bin/env bash
# Go throughput: pathfinder on the Go corpus of bench/go-corpus.txt (Debian golang-*-dev sources and
# parts of the Go standard library), beside pathfinder on the Python corpus of bench/run.sh, per line,
# and gosec on the Go corpus when it is installed. See bench/go.md.
#
# Env knobs:
#   BENCH_RUNS=N        timed runs per scan (default 3; the median is reported)
#   PATHFINDER_BIN=P    use this binary instead of `cargo build --release -p pathfinder-cli`
#   GO_STD_SRC=DIR      Go standard library source (default /usr/share/go-1.19/src, golang-1.19-src)
#   PY_CORPUS=DIR       Python corpus (default bench/.work/corpus, made by bench/run.sh)
#   GOSEC_BIN=P         gosec binary (default: `gosec` on PATH, else skipped)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
LIST="$BENCH_DIR/go-corpus.txt"
CORPUS="$WORK/go-corpus"
DEBS="$WORK/go-debs"
BENCH_RUNS="${BENCH_RUNS:-3}"
GO_STD_SRC="${GO_STD_SRC:-/usr/share/go-1.19/src}"
PY_CORPUS="${PY_CORPUS:-$WORK/corpus}"

die() { echo "go.sh: error: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }

[[ "$BENCH_RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is needed for peak memory (apt-get install time)"
mkdir -p "$WORK" "$DEBS"

# The corpus is rebuilt when go-corpus.txt changes.
stamp="$(sha256sum "$LIST" | cut -d' ' -f1)"
if [[ ! -f "$CORPUS/.stamp" || "$(cat "$CORPUS/.stamp")" != "$stamp" ]]; then
    say "building $CORPUS from $(basename "$LIST")"
    rm -rf "$CORPUS"
    mkdir -p "$CORPUS/deb" "$CORPUS/std"
    while read -r kind spec sum; do
        case "$kind" in
        deb)
            pkg="${spec%%=*}"; ver="${spec#*=}"
            deb="$DEBS/${pkg}_${ver}_all.deb"
            if [[ ! -f "$deb" ]]; then
                (cd "$DEBS" && apt-get download "$spec") || die "apt-get download $spec failed"
            fi
            echo "$sum  $deb" | sha256sum -c --quiet - || die "$deb does not match its SHA-256"
            tmp="$(mktemp -d)"
            dpkg-deb -x "$deb" "$tmp"
            [[ -d "$tmp/usr/share/gocode/src" ]] || die "$pkg has no /usr/share/gocode/src"
            cp -r "$tmp/usr/share/gocode/src/." "$CORPUS/deb/"
            rm -rf "$tmp"
            ;;
        std)
            [[ -f "$GO_STD_SRC/go.mod" ]] \
                || die "no Go standard library at $GO_STD_SRC (apt-get install golang-1.19-src, or set GO_STD_SRC)"
            mkdir -p "$CORPUS/std/$spec"
            cp -r "$GO_STD_SRC/$spec/." "$CORPUS/std/$spec/"
            cp "$GO_STD_SRC/go.mod" "$CORPUS/std/go.mod"
            ;;
        ''|'#'*) ;;
        *) die "go-corpus.txt: unknown entry '$kind'" ;;
        esac
    done < <(grep -v '^[[:space:]]*#' "$LIST")
    echo "$stamp" > "$CORPUS/.stamp"
fi

if [[ -n "${PATHFINDER_BIN:-}" ]]; then
    BIN="$PATHFINDER_BIN"
else
    say "cargo build --release -p pathfinder-cli"
    (cd "$ROOT" && cargo build --release -p pathfinder-cli >&2)
    BIN="$ROOT/target/release/pathfinder"
fi
[[ -x "$BIN" ]] || die "no pathfinder binary at $BIN"

# Lines and files pathfinder scans with its defaults: no test code, vendor/, testdata/ or generated Go.
count() {
    python3 - "$1" "$2" <<'PY'
import os, re, sys
root, lang = sys.argv[1], sys.argv[2]
files = lines = 0
gen = re.compile(r"^// Code generated .* DO NOT EDIT\.$")
for d, dirs, names in os.walk(root):
    parts = os.path.relpath(d, root).split(os.sep)
    for n in names:
        p = os.path.join(d, n)
        if lang == "go":
            if not n.endswith(".go") or n.endswith("_test.go") or "vendor" in parts or "testdata" in parts:
                continue
            text = open(p, "rb").read().decode("utf-8", "replace")
            head = text.split("\npackage ", 1)[0]
            if any(gen.match(l.strip()) for l in head.splitlines()):
                continue
        else:
            if not n.endswith(".py"):
                continue
            if (n.startswith("test_") or n.endswith("_test.py") or n in ("tests.py", "conftest.py")
                    or any(x in ("test", "tests", "testing") for x in parts)):
                continue
            text = open(p, "rb").read().decode("utf-8", "replace")
        files += 1
        lines += text.count("\n") + (0 if text.endswith("\n") or not text else 1)
print(files, lines)
PY
}

# timed CMD...: median wall seconds and the peak RSS (KB) of BENCH_RUNS runs (run `findings` first: it
# is the warm-up run).
timed() {
    local walls=() rss=0 out tf
    tf="$(mktemp)"
    for _ in $(seq "$BENCH_RUNS"); do
        /usr/bin/time -o "$tf" -f "%e %M" "$@" >/dev/null 2>&1 || true
        out="$(tail -1 "$tf")"
        walls+=("${out% *}")
        if (( ${out#* } > rss )); then rss="${out#* }"; fi
    done
    rm -f "$tf"
    printf '%s\n' "${walls[@]}" | sort -n | awk -v r="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], r}'
}

row() { # name files lines wall rss
    awk -v n="$1" -v f="$2" -v l="$3" -v w="$4" -v r="$5" \
        'BEGIN { printf "| %s | %d | %d | %.2f | %.2f | %d |\n", n, f, l, w, w * 1e6 / l, r / 1024 }'
}

read -r go_files go_lines < <(count "$CORPUS" go)
say "Go corpus: $go_files files, $go_lines lines"
# findings DIR RULESET: the number of findings of one (warm-up) scan.
findings() {
    "$BIN" scan -p "$1" --ruleset "$2" --no-progress -o json 2>/dev/null \
        | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]))'
}
go_findings="$(findings "$CORPUS" go/all)"
read -r go_wall go_rss < <(timed "$BIN" scan -p "$CORPUS" --ruleset go/all --no-progress -o json)

echo
echo "| scan | files | lines | wall (s, median of $BENCH_RUNS) | µs per line | peak RSS (MB) |"
echo "|---|---|---|---|---|---|"
row "pathfinder, Go corpus, go/all ($go_findings findings)" "$go_files" "$go_lines" "$go_wall" "$go_rss"
if [[ -d "$PY_CORPUS" ]]; then
    read -r py_files py_lines < <(count "$PY_CORPUS" py)
    py_findings="$(findings "$PY_CORPUS" python/all)"
    read -r py_wall py_rss < <(timed "$BIN" scan -p "$PY_CORPUS" --ruleset python/all --no-progress -o json)
    row "pathfinder, Python corpus, python/all ($py_findings findings)" "$py_files" "$py_lines" "$py_wall" "$py_rss"
else
    py_lines=""
    echo "| pathfinder, Python corpus: not measured, $PY_CORPUS is missing (run bench/run.sh first) | | | | | |"
fi
gosec="${GOSEC_BIN:-$(command -v gosec || true)}"
if [[ -n "$gosec" && -x "$gosec" ]]; then
    read -r gs_wall gs_rss < <(timed sh -c "cd '$CORPUS' && '$gosec' -quiet -fmt json -no-fail ./... ")
    row "gosec, Go corpus" "$go_files" "$go_lines" "$gs_wall" "$gs_rss"
else
    echo "| gosec: not installed (set GOSEC_BIN or put gosec on PATH) | | | | | |"
fi
if [[ -n "$py_lines" ]]; then
    awk -v gw="$go_wall" -v gl="$go_lines" -v pw="$py_wall" -v pl="$py_lines" \
        'BEGIN { printf "\nGo time per line / Python time per line: %.2f (bound: 1.5)\n", (gw / gl) / (pw / pl) }'
fi
