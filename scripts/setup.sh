#!/usr/bin/env bash
# Installs what building and testing Framelens needs, only where it is missing.
# Everything comes from the package registries (crates.io, npm, Debian): nothing downloads
# prebuilt binaries, and Trunk is pinned so it never tries to fetch its own tools.
# Safe to run again: each step checks first and is quick when the tool is there.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, or the build fails.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

log() { printf '[setup] %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
# cargo install puts tools in $CARGO_HOME/bin (~/.cargo/bin unless CARGO_HOME says otherwise).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! (have trunk && trunk --version | grep -q "$TRUNK_VERSION"); then
  log "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install "trunk@$TRUNK_VERSION" --locked --ignore-rust-version
fi

if ! (have wasm-bindgen && wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION" \
      && have wasm-bindgen-test-runner); then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -d node_modules/playwright-core ]; then
  log "installing npm dev tools (binaryen $BINARYEN_VERSION for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# FRAMELENS_SETUP_BROWSER=0 skips the browser (the Pages deploy job builds but runs no browser).
if [ "${FRAMELENS_SETUP_BROWSER:-1}" != 0 ] && ! (have chromium && have chromedriver); then
  log "installing chromium and chromedriver from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
