#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm32, warnings denied), unit and
# integration tests, browser component tests in headless Chromium, and the extraction
# benchmark gate. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*" >&2; }

step "format"
cargo fmt --all --check
step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32: the page, the model and core)"
cargo clippy -p framelens -p framelens-model -p framelens-core --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "clippy (wasm32: the page's first-view build, without the other views)"
cargo clippy -p framelens --target wasm32-unknown-unknown --no-default-features --locked -- -D warnings
step "unit and integration tests (native)"
cargo test --workspace --locked
step "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=$(command -v chromedriver) cargo test -p framelens --target wasm32-unknown-unknown --locked
step "extraction benchmark"
bash scripts/bench-extraction.sh
step "end-to-end tests in headless Chromium (release build served under /framelens/)"
E2E_SKIP_SETUP=1 bash scripts/e2e.sh
