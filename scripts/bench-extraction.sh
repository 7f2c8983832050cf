#!/usr/bin/env bash
# Scores `framelens extract` on the article-extraction benchmark (text dumps and saved HTML)
# and fails if either falls under its target. Usage: scripts/bench-extraction.sh [BENCH_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${1:-../shared/benchmarks/extraction}
TEXT_MIN=${TEXT_MIN:-0.92}
HTML_MIN=${HTML_MIN:-0.96}
if [ ! -f "$BENCH/score.py" ]; then
  echo "[bench] no benchmark at $BENCH (it ships beside the repo in ../shared); skipped" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release -q -p framelens-cli
status=0
for kind in text html; do
  ./target/release/framelens extract "$BENCH/dev/$kind" -o "$out/$kind.json" 2>/dev/null
  line=$(python3 "$BENCH/score.py" "$BENCH/dev/ground-truth.json" "$out/$kind.json")
  f1=$(awk '{print $2}' <<<"$line")
  min=$TEXT_MIN; [ "$kind" = html ] && min=$HTML_MIN
  if python3 -c "import sys; sys.exit(0 if $f1 >= $min else 1)"; then verdict=ok; else verdict=FAIL; status=1; fi
  echo "[bench] $kind: $line (target >= $min) $verdict"
done
exit $status
