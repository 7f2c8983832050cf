#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): the build with every view (scripts/build-views.sh), then
# the content security policy over the final HTML (scripts/csp.mjs). In this order: the policy
# hashes the loader script as build-views.sh leaves it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-views.sh
node scripts/csp.mjs "${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
