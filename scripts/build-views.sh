#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the page with every view beside the first-view
# build that Trunk made from index.html.
#
# Why two builds: Trunk cannot split one WASM module (trunk-rs/trunk#1022), and the overview
# alone needs well under half of the page's code. index.html's build (`--no-default-features`)
# holds the shell, the filters and the overview; this one (default features) holds every view.
# The loader (`pattern_script` in Trunk.toml) starts the first for the overview and the second
# for any other view; the first reloads into the second when the reader leaves the overview.
#
# Output, in Trunk's staging folder: views-<hash>.js and views-<hash>_bg.wasm (the hash of the
# module, so a redeploy never mixes old and new files), and that name in the staged index.html
# in place of the FRAMELENS_VIEWS_BUNDLE token the loader carries.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
cd "$(dirname "$0")/.."

mode=debug
args=(--target wasm32-unknown-unknown -p framelens --bin framelens-page --locked)
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  # The page's own profile (Cargo.toml [profile.web]), as index.html's build uses.
  mode=web
  args+=(--profile web)
fi
cargo build --quiet "${args[@]}"
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$mode/framelens-page.wasm"

name="views-$(sha256sum "$wasm" | cut -c1-16)"
# Same tools and settings as Trunk's own pipeline (versions pinned in Trunk.toml).
wasm-bindgen --target web --no-typescript --out-dir "$TRUNK_STAGING_DIR" --out-name "$name" "$wasm"
if [ "$mode" = web ]; then
  wasm-opt -Oz "$TRUNK_STAGING_DIR/${name}_bg.wasm" -o "$TRUNK_STAGING_DIR/${name}_bg.wasm"
fi

index="$TRUNK_STAGING_DIR/index.html"
grep -q FRAMELENS_VIEWS_BUNDLE "$index" || {
  echo "build-views: $index has no FRAMELENS_VIEWS_BUNDLE token (see pattern_script in Trunk.toml)" >&2
  exit 1
}
sed -i "s/FRAMELENS_VIEWS_BUNDLE/$name/g" "$index"
