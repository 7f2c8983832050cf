#!/usr/bin/env bash
# Bounded work on hostile pages (issue 14): builds each page of scripts/bounded/gen.py with the
# release `framelens` and prints its size, time, seconds per MB and peak memory.
#
#   bash scripts/bench-bounded.sh            # report; fails if a page exceeds LIMIT s/MB
#   LIMIT=2 bash scripts/bench-bounded.sh    # the target (default LIMIT: see below)
#
# A page that does not finish within TIMEOUT seconds fails. The default LIMIT guards against a
# return of superlinear work (which shows as tens of seconds per MB); see README "Reliability"
# for the measured figures against the 2 s/MB target.
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT="${LIMIT:-5}"
TIMEOUT="${TIMEOUT:-60}"
cargo build --quiet --release --locked -p framelens-cli
bin=target/release/framelens
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/bounded/gen.py "$work/pages"
fail=0
# Peak memory where GNU time is installed (not on every fresh machine).
timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -f %M -o $work/mem"
printf '%-26s %10s %8s %8s %9s\n' page bytes seconds s/MB 'peak MB'
for d in "$work"/pages/*/; do
  name=$(basename "$d")
  file=$(ls "$d" | grep -v corpus.toml)
  bytes=$(stat -c%s "$d/$file")
  start=$(date +%s.%N)
  set +e
  echo 0 >"$work/mem"
  $timer timeout "$TIMEOUT" "$bin" build --quiet --single-file "$d" -o "$work/$name.json" >"$work/$name.log" 2>&1
  rc=$?
  set -e
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  rate=$(echo "scale=2; $secs * 1000000 / $bytes" | bc)
  peak=$(( $(tail -1 "$work/mem" 2>/dev/null || echo 0) / 1024 ))
  verdict=ok
  if [ $rc -ne 0 ]; then
    verdict="FAILED (exit $rc; timeout is 124)"
    fail=1
  # A small page is mostly the program's start (about 0.15 s): it is allowed LIMIT x 0.5 MB.
  elif [ "$(echo "$secs > $LIMIT * $(( bytes > 500000 ? bytes : 500000 )) / 1000000" | bc -l)" = 1 ]; then
    verdict="over $LIMIT s/MB"
    fail=1
  fi
  printf '%-26s %10d %8.2f %8.2f %9d  %s\n' "$name" "$bytes" "$secs" "$rate" "$peak" "$verdict"
done
exit $fail
