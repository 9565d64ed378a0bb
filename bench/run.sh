#!/usr/bin/env bash
# Benchmark pathfinder against Ruff (S rules), Bandit and, when it installs,
# Code Pathfinder, on a ~280k-line corpus of real Python code from pinned
# PyPI wheels. See bench/README.md.
#
# Env knobs:
#   BENCH_RUNS=N        timed runs per tool (default 3; the median is reported)
#   BENCH_THREADS=N     pass `-j N` to pathfinder (and RAYON_NUM_THREADS=N to Ruff)
#   PATHFINDER_BIN=P    use this binary instead of `cargo build --release -p pathfinder-cli`
#   BENCH_CPF=0         skip Code Pathfinder
#   BENCH_CPF_RUNS=N    timed runs of Code Pathfinder (default 1: one run takes ~5 minutes)
#   BENCH_STRICT=1      exit 3 when pathfinder misses a target
#   PYTHON=python3.x    interpreter used to create the venvs (>= 3.10)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
VENV="$BENCH_DIR/.venv"
CPF_VENV="$BENCH_DIR/.venv-cpf"
PYTHON="${PYTHON:-python3}"
BENCH_RUNS="${BENCH_RUNS:-3}"
BENCH_THREADS="${BENCH_THREADS:-}"
BENCH_CPF="${BENCH_CPF:-1}"
BENCH_CPF_RUNS="${BENCH_CPF_RUNS:-1}"
BENCH_STRICT="${BENCH_STRICT:-0}"

die() { echo "bench: error: $*" >&2; exit 1; }
say() { echo "==> $*"; }

[[ "$BENCH_RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
[[ -z "$BENCH_THREADS" || "$BENCH_THREADS" =~ ^[1-9][0-9]*$ ]] \
    || die "BENCH_THREADS must be a positive integer, got '$BENCH_THREADS'"
[[ "$BENCH_CPF_RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_CPF_RUNS must be a positive integer, got '$BENCH_CPF_RUNS'"
[[ "$(uname -s)" == Linux ]] || die "this benchmark needs Linux (it reads /proc and uses wait4 rusage)"

command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found; install Python >= 3.10 or set PYTHON"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
    || die "$("$PYTHON" -V 2>&1) is too old; bandit needs Python >= 3.10 (set PYTHON)"

mkdir -p "$WORK"

# make_venv DIR REQUIREMENTS: (re)create DIR with exactly the pinned packages.
# Skipped when DIR's stamp matches the requirements file and the interpreter.
# Returns non-zero (instead of exiting) so optional venvs can fail softly.
make_venv() {
    local dir="$1" req="$2" key
    key="$("$PYTHON" -c 'import sys, hashlib; print(sys.version.split()[0], hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$req")" || return 1
    if [[ -x "$dir/bin/python" && -f "$dir/.bench-stamp" && "$(cat "$dir/.bench-stamp")" == "$key" ]]; then
        say "venv $(basename "$dir") up to date"
        return 0
    fi
    say "creating venv $(basename "$dir") from $(basename "$req")"
    rm -rf "$dir"
    if ! "$PYTHON" -m venv "$dir"; then
        echo "bench: '$PYTHON -m venv' failed; on Debian/Ubuntu install python3-venv (apt-get install python3-venv)" >&2
        return 1
    fi
    "$dir/bin/python" -m pip install --disable-pip-version-check -q -r "$req" || return 1
    echo "$key" > "$dir/.bench-stamp" || return 1
}

# 1. Peer tools (required) and Code Pathfinder (optional).
make_venv "$VENV" "$BENCH_DIR/requirements-tools.txt" \
    || die "could not install the pinned peer tools into $VENV (is PyPI reachable?)"
BENCH_PY="$VENV/bin/python"
RUFF="$VENV/bin/ruff"
BANDIT="$VENV/bin/bandit"
[[ -x "$RUFF" && -x "$BANDIT" ]] || die "ruff/bandit missing from $VENV; delete it and re-run"

CPF_ARGS=()
if [[ "$BENCH_CPF" == 0 ]]; then
    CPF_ARGS=(--cpf-skip-reason "disabled with BENCH_CPF=0")
elif make_venv "$CPF_VENV" "$BENCH_DIR/requirements-cpf.txt"; then
    cpf_paths="$("$CPF_VENV/bin/python" - <<'EOF' || true
import os, sysconfig
import codepathfinder
print(os.path.join(os.path.dirname(codepathfinder.__file__), "bin", "pathfinder"))
print(os.path.join(sysconfig.get_paths()["purelib"], "rules", "python"))
EOF
)"
    CPF_BIN="$(sed -n 1p <<<"$cpf_paths")"
    CPF_RULES="$(sed -n 2p <<<"$cpf_paths")"
    if [[ -z "$CPF_BIN" || ! -x "$CPF_BIN" ]]; then
        say "note: codepathfinder installed but its bundled Go binary was not found; skipping it"
        CPF_ARGS=(--cpf-skip-reason "its wheel has no bundled binary for this platform")
    elif [[ ! -d "$CPF_RULES" ]]; then
        say "note: codepathfinder has no bundled rules directory ($CPF_RULES); its rules would need network; skipping it"
        CPF_ARGS=(--cpf-skip-reason "no bundled rules (remote rulesets need network)")
    elif ! "$CPF_BIN" version --disable-metrics --no-update-check --no-banner >/dev/null 2>&1; then
        say "note: codepathfinder binary does not run here; skipping it"
        CPF_ARGS=(--cpf-skip-reason "its binary does not run on this machine")
    else
        CPF_ARGS=(--cpf "$CPF_BIN" --cpf-rules "$CPF_RULES" --cpf-path "$CPF_VENV/bin")
    fi
else
    say "note: could not install codepathfinder into $CPF_VENV; continuing without it"
    CPF_ARGS=(--cpf-skip-reason "pip install of codepathfinder failed")
fi

# 2. Corpus.
say "corpus"
"$BENCH_PY" "$BENCH_DIR/measure.py" corpus --requirements "$BENCH_DIR/corpus.txt" --work "$WORK"

# 3. pathfinder binary.
if [[ -n "${PATHFINDER_BIN:-}" ]]; then
    PF="$(command -v "$PATHFINDER_BIN" || true)"
    [[ -n "$PF" && -x "$PF" ]] || die "PATHFINDER_BIN='$PATHFINDER_BIN' is not an executable"
    # Only the file name: results.md is committed and must not name paths of one machine.
    PF_LABEL="$(basename "$PATHFINDER_BIN") given by PATHFINDER_BIN"
    say "using pathfinder binary $PF"
else
    command -v cargo >/dev/null 2>&1 || die "cargo not found; install Rust (rustup) or set PATHFINDER_BIN"
    say "building pathfinder (cargo build --release -p pathfinder-cli)"
    (cd "$ROOT" && cargo build --release -p pathfinder-cli) \
        || die "cargo build --release -p pathfinder-cli failed (set PATHFINDER_BIN to bench another binary)"
    target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
    [[ "$target_dir" == /* ]] || target_dir="$ROOT/$target_dir"
    PF="$target_dir/release/pathfinder"
    [[ -x "$PF" ]] || die "build succeeded but $PF does not exist"
    PF_LABEL="target/release/pathfinder"
fi

# 4./5. Measure, print the table and write bench/results.md.
say "measuring"
RUN_ARGS=(
    --corpus "$WORK/corpus" --work "$WORK" --root "$ROOT" --results "$BENCH_DIR/results.md"
    --pathfinder "$PF" --pathfinder-label "$PF_LABEL" --ruff "$RUFF" --bandit "$BANDIT"
    --runs "$BENCH_RUNS" --cpf-runs "$BENCH_CPF_RUNS"
)
[[ -n "$BENCH_THREADS" ]] && RUN_ARGS+=(--threads "$BENCH_THREADS")
[[ "$BENCH_STRICT" == 1 ]] && RUN_ARGS+=(--strict)
exec "$BENCH_PY" "$BENCH_DIR/measure.py" run "${RUN_ARGS[@]}" "${CPF_ARGS[@]}"
