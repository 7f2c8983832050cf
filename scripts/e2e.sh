#!/usr/bin/env bash
# End-to-end tests in a real browser (headless Chromium driven by playwright-core).
#
# Builds the release site once with the public URL of a GitHub Pages project site
# (/framelens/), makes one copy of it per test corpus with that corpus compiled into its
# corpus.json (the page fetches the asset at start, so a copy with another corpus.json, given
# its hashed name by scripts/hash-corpus.mjs as the build's hook does, is exactly the site
# built from that corpus), then runs e2e/*.test.mjs: each test file serves
# its copy on 127.0.0.1 under /framelens/, starts Chromium, and stops both when done.
#
#   bash scripts/e2e.sh                 # build, then run every e2e test
#   E2E_SKIP_BUILD=1 bash scripts/e2e.sh   # reuse target/e2e from the last build
#   bash scripts/e2e.sh --test-name-pattern=filter   # extra arguments go to `node --test`
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

PUBLIC_URL=/framelens/
OUT=target/e2e
# name:corpus-folder. seeds = the bundled corpus; second and hostile live in tests/fixtures/e2e/;
# scale is a 500-page story collection generated from ../shared/benchmarks (never committed).
SCALE_DIR=$OUT-scale-corpus
CORPORA=(seeds:corpus second:tests/fixtures/e2e/second hostile:tests/fixtures/e2e/hostile "scale:$SCALE_DIR")

log() { printf '[e2e] %s\n' "$*" >&2; }

if [ "${E2E_SKIP_SETUP:-}" != 1 ]; then bash scripts/setup.sh; fi

if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  start=$SECONDS
  log "building the CLI and the release site (public URL $PUBLIC_URL)"
  nice cargo build --quiet --release --locked -p framelens-cli
  rm -rf "$OUT"
  mkdir -p "$OUT"
  nice trunk --log error build --release --public-url "$PUBLIC_URL" --dist "$OUT/site"
  [ -d ../shared/benchmarks/frames/dev ] || { log "needs ../shared/benchmarks for the scale corpus"; exit 1; }
  python3 scripts/scale/gen_corpus.py 500 "$SCALE_DIR" >&2
  for entry in "${CORPORA[@]}"; do
    name=${entry%%:*} dir=${entry#*:}
    cp -R "$OUT/site" "$OUT/$name"
    target/release/framelens build "$dir" -o "$OUT/$name/corpus.json" >"$OUT/$name.build.log" 2>&1 \
      || { cat "$OUT/$name.build.log" >&2; exit 1; }
    # The index's hashed copy, named in index.html, as the Trunk hook does for a built site.
    node scripts/hash-corpus.mjs "$OUT/$name"
  done
  log "built in $((SECONDS - start)) s"
fi

start=$SECONDS
status=0
E2E_DIR="$PWD/$OUT" E2E_PREFIX="$PUBLIC_URL" \
  node --test --test-concurrency=1 --test-timeout=180000 "$@" e2e/*.test.mjs || status=$?
log "browser tests ran in $((SECONDS - start)) s"
exit "$status"
