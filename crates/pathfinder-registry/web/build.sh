#!/usr/bin/env bash
# Rebuilds the site's JavaScript bundles (../assets/index.js, ../assets/rule.js) from src/ with esbuild, and
# records the inputs in ../assets/bundle.sha256 so `cargo test` can tell when the committed bundle is stale.
# Needs Node.js and npm; `cargo build` / `cargo install` never do (the bundle is committed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
fi
npx esbuild src/index.js src/rule.js \
    --bundle --minify --format=iife --target=es2020 --legal-comments=none \
    --outdir=../assets --log-level=warning
sha256sum .npmrc build.sh package.json package-lock.json src/*.js | LC_ALL=C sort -k2 > ../assets/bundle.sha256
ls -l ../assets/index.js ../assets/rule.js
