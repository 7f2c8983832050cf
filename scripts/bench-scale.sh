#!/usr/bin/env bash
# Scale benchmark: generates story collections of N articles (scripts/scale/gen_corpus.py:
# real news pages from ../shared/benchmarks and the seeds, wire reprints, 20-100 outlets, six
# months of dates, a few hard-wrapped and broken pages), builds each with the release CLI, and
# prints build time, peak memory and the asset's bytes (the index the first view loads, the
# shards beside it, all files against the corpus text); then serves the release site with each
# corpus in headless Chromium and prints the time to each view and to a filter change
# (scripts/scale/page-timings.mjs). Long: not part of the test command.
#
#   bash scripts/bench-scale.sh              # N = 50 500 5000
#   SIZES="500" bash scripts/bench-scale.sh  # one size
#   PAGE=0 bash scripts/bench-scale.sh       # the build only, no browser
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
SIZES=${SIZES:-50 500 5000}
WORK=${WORK:-.tmp/scale}
PAGE=${PAGE:-1}
if [ ! -d ../shared/benchmarks/frames/dev ]; then
  echo "[scale] needs ../shared/benchmarks (the development pages); not found" >&2
  exit 1
fi
command -v /usr/bin/time >/dev/null || { echo "[scale] needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cargo build --release --quiet --locked -p framelens-cli
mkdir -p "$WORK"
if [ "$PAGE" = 1 ]; then
  # The release site as scripts/e2e.sh builds it (served under /framelens/).
  trunk --log error build --release --public-url /framelens/ --dist "$WORK/site" >&2
fi
gz() { if [ $# -gt 0 ]; then cat "$@" | gzip -9 | wc -c; else echo 0; fi; }
printf '%-6s %-8s %-6s %-8s %-8s %-10s %-10s %-9s %-10s %-8s %s\n' \
  N articles text_MB build_s peak_MB index_MB index_gzKB gzB/art shards_MB x_text status
timings=()
for n in $SIZES; do
  dir="$WORK/corpus-$n"
  python3 scripts/scale/gen_corpus.py "$n" "$dir" >"$WORK/gen-$n.log"
  text=$(cat "$dir"/*.txt | wc -c)
  out="$WORK/out-$n"
  rm -rf "$out" && mkdir -p "$out"
  status=ok
  /usr/bin/time -f '%e %M' -o "$WORK/time-$n" \
    target/release/framelens build "$dir" -o "$out/corpus.json" --quiet >"$WORK/build-$n.log" 2>&1 || status=failed
  read -r secs kb <"$WORK/time-$n"
  index=0 index_gz=0 shards=0 articles=0
  if [ -f "$out/corpus.json" ]; then
    index=$(stat -c %s "$out/corpus.json")
    index_gz=$(gz "$out/corpus.json")
    shards=$(find "$out/corpus.shards" -name '*.json' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
    articles=$(sed -n 's/^framelens: \([0-9]*\) articles.*/\1/p' "$WORK/build-$n.log")
  fi
  awk -v n="$n" -v a="${articles:-0}" -v t="$text" -v s="$secs" -v k="$kb" -v i="$index" -v ig="$index_gz" \
    -v sh="$shards" -v st="$status" 'BEGIN {
      printf "%-6s %-8s %-6.2f %-8.2f %-8.0f %-8.2f %-10.0f %-9.0f %-10.2f %-8.1f %s\n",
        n, a, t/1e6, s, k/1024, i/1e6, ig/1e3, (a ? ig/a : 0), sh/1e6, (t ? (i+sh)/t : 0), st }'
  if [ "$PAGE" = 1 ] && [ "$status" = ok ]; then
    site="$WORK/site-$n"
    rm -rf "$site" && cp -R "$WORK/site" "$site"
    rm -rf "$site/corpus.json" "$site/corpus.shards"
    cp -R "$out/corpus.json" "$out/corpus.shards" "$site/"
    node scripts/hash-corpus.mjs "$site"
    timings+=("$(node scripts/scale/page-timings.mjs "$site" "$n")")
  fi
done
for t in "${timings[@]}"; do printf '%s\n' "$t"; done
echo "(machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); build logs in $WORK)"
