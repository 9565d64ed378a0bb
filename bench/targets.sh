#!/usr/bin/env bash
# The performance targets of issue 16 side by side in one run: pathfinder with every rule, with
# --no-taint, and Ruff's S rules on the 282k-line corpus (bench/corpus.txt) and the 723k-line one
# (bench/corpus-large.txt); peak RSS; a one-file scan; CPU time per line on both corpora.
# See bench/README.md ("Targets").
#
#   bench/targets.sh                                   # build the release binary, unpack corpora, measure
#   PATHFINDER_BIN=target/release/pathfinder bench/targets.sh
#   BENCH_RUNS=5 BENCH_LARGE=/some/unpacked/corpus bench/targets.sh
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
PYTHON="${PYTHON:-python3}"
BENCH_RUNS="${BENCH_RUNS:-3}"

die() { echo "targets: error: $*" >&2; exit 1; }
[[ "$BENCH_RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found (set PYTHON)"

RUFF="$BENCH_DIR/.venv/bin/ruff"
if [[ ! -x "$RUFF" ]]; then
    "$PYTHON" -m venv "$BENCH_DIR/.venv" || die "could not create $BENCH_DIR/.venv"
    "$BENCH_DIR/.venv/bin/python" -m pip install --disable-pip-version-check -q \
        -r "$BENCH_DIR/requirements-tools.txt" || die "could not install the pinned Ruff"
fi

mkdir -p "$WORK/large"
"$PYTHON" "$BENCH_DIR/measure.py" corpus --requirements "$BENCH_DIR/corpus.txt" --work "$WORK" >/dev/null
LARGE="${BENCH_LARGE:-}"
if [[ -z "$LARGE" ]]; then
    "$PYTHON" "$BENCH_DIR/measure.py" corpus --requirements "$BENCH_DIR/corpus-large.txt" \
        --work "$WORK/large" >/dev/null
    LARGE="$WORK/large/corpus"
fi

if [[ -n "${PATHFINDER_BIN:-}" ]]; then
    PF="$PATHFINDER_BIN"
else
    (cd "$ROOT" && cargo build --release -p pathfinder-cli) || die "cargo build --release failed"
    PF="${CARGO_TARGET_DIR:-$ROOT/target}/release/pathfinder"
fi
[[ -x "$PF" ]] || die "$PF is not an executable"

# One file of the corpus: flask's application module (1,536 lines).
ONE="$(ls "$WORK"/corpus/flask-*/flask/app.py 2>/dev/null | head -1)"
[[ -n "$ONE" ]] || die "no flask/app.py in $WORK/corpus"

exec "$PYTHON" "$BENCH_DIR/targets.py" --pathfinder "$PF" --ruff "$RUFF" --runs "$BENCH_RUNS" \
    --corpus "282k=$WORK/corpus" --corpus "723k=$LARGE" --one-file "$ONE"
