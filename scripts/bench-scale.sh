#!/usr/bin/env bash
# Scale benchmark: generates story collections of N articles (scripts/scale/gen_corpus.py:
# real news pages from ../shared/benchmarks and the seeds, wire reprints, 20-100 outlets, six
# months of dates, a few hard-wrapped and broken pages), builds each with the release CLI and
# prints build time, peak memory and asset bytes. Long: not part of the test command.
#
#   bash scripts/bench-scale.sh              # N = 50 500 5000
#   SIZES="500" bash scripts/bench-scale.sh  # one size
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-50 500 5000}
WORK=${WORK:-.tmp/scale}
if [ ! -d ../shared/benchmarks/frames/dev ]; then
  echo "[scale] needs ../shared/benchmarks (the development pages); not found" >&2
  exit 1
fi
command -v /usr/bin/time >/dev/null || { echo "[scale] needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cargo build --release --quiet --locked -p framelens-cli
mkdir -p "$WORK"
printf '%-6s %-8s %-9s %-8s %-10s %-10s %-10s %s\n' N text_MB build_s peak_MB json_MB gzip_MB x_text status
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
  bytes=0; gz=0
  if [ -f "$out/corpus.json" ]; then
    bytes=$(find "$out" -name '*.json' ! -name '*.schema.json' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
    gz=$(find "$out" -name '*.json' ! -name '*.schema.json' -exec gzip -9 -c {} \; | wc -c)
  fi
  awk -v n="$n" -v t="$text" -v s="$secs" -v k="$kb" -v b="$bytes" -v g="$gz" -v st="$status" \
    'BEGIN { printf "%-6s %-8.2f %-9.2f %-8.0f %-10.2f %-10.2f %-10.1f %s\n", n, t/1e6, s, k/1024, b/1e6, g/1e6, (t ? b/t : 0), st }'
done
echo "(machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); build logs in $WORK)"
