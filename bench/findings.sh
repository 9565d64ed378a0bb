#!/usr/bin/env bash
# Precision check: scans the large corpus (bench/corpus-large.txt, ~723k lines of mature framework and
# library code) with the default profile and prints the findings per rule and one line per finding, for the
# review in bench/corpus-review.md. See bench/README.md ("Precision corpus").
#
#   bench/findings.sh                              # build the release binary, scan, print
#   PATHFINDER_BIN=target/debug/pathfinder bench/findings.sh
#   FINDINGS_MAX=40 bench/findings.sh              # exit 3 when the default profile reports more
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work/large"
PYTHON="${PYTHON:-python3}"
FINDINGS_MAX="${FINDINGS_MAX:-40}"

die() { echo "findings: error: $*" >&2; exit 1; }

[[ "$FINDINGS_MAX" =~ ^[0-9]+$ ]] || die "FINDINGS_MAX must be a number, got '$FINDINGS_MAX'"
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found (set PYTHON)"
mkdir -p "$WORK"
# measure.py's corpus step uses only the standard library and pip.
"$PYTHON" "$BENCH_DIR/measure.py" corpus --requirements "$BENCH_DIR/corpus-large.txt" --work "$WORK"

if [[ -n "${PATHFINDER_BIN:-}" ]]; then
    PF="$PATHFINDER_BIN"
else
    (cd "$ROOT" && cargo build --release -p pathfinder-cli) || die "cargo build --release failed"
    PF="${CARGO_TARGET_DIR:-$ROOT/target}/release/pathfinder"
fi
[[ -x "$PF" ]] || die "$PF is not an executable"

report="$WORK/findings.json"
status=0
# No configuration file of the corpus applies; exit 1 only means "findings".
"$PF" scan --project "$WORK/corpus" --no-config --output json --no-progress --output-file "$report" || status=$?
[[ "$status" == 0 || "$status" == 1 ]] || die "pathfinder scan exited with $status"

"$PYTHON" - "$report" "$FINDINGS_MAX" <<'PY'
import collections, json, sys

report = json.load(open(sys.argv[1]))
limit = int(sys.argv[2])
results = report["results"]
print(f"{report['scan']['files_scanned']} files, {report['scan']['rules_executed']} rules, "
      f"{len(results)} findings ({report['summary'].get('merged', 0)} merged), "
      f"{report['scan']['duration']:.2f} s")
for rule, n in sorted(collections.Counter(r["rule_id"] for r in results).items()):
    print(f"  {n:4}  {rule}")
print()
for r in results:
    loc = r["location"]
    code = " ".join(line.strip() for line in loc["snippet"]["lines"])[:90]
    related = f" (+{', '.join(r['related_rules'])})" if r.get("related_rules") else ""
    print(f"{loc['file']}:{loc['line']}  {r['rule_id']}{related}  {code}")
sys.exit(3 if len(results) > limit else 0)
PY
