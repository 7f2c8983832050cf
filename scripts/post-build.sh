#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): the build with every view (scripts/build-views.sh), the
# corpus index's content-hashed copy named in index.html (scripts/hash-corpus.mjs), then the
# content security policy over the final HTML (scripts/csp.mjs). The policy comes last: it
# hashes the loader script as build-views.sh leaves it.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
cd "$(dirname "$0")/.."
bash scripts/build-views.sh
node scripts/hash-corpus.mjs "$TRUNK_STAGING_DIR"
node scripts/csp.mjs "$TRUNK_STAGING_DIR"
