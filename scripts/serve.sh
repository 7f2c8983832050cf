#!/usr/bin/env bash
# Sets up what is missing, compiles corpus/ and serves the site with live reload at
# http://127.0.0.1:8080/ (Trunk's pre_build hook recompiles the corpus on every rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
cargo run --quiet --release -p framelens-cli -- build corpus -o public/corpus.json
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
