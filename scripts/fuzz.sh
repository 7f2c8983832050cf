#!/usr/bin/env bash
# Runs the fuzz targets (fuzz/, cargo-fuzz + libFuzzer, nightly Rust) for a given time each.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: text_page, html_page, corpus_toml, analyses, asset (all by default); 60 s each by
# default. Seeds come from the bundled corpus, tests/fixtures and, when ../shared is beside the
# project, the extraction benchmark's dev pages; they are copied into fuzz/corpus/<target>
# (git-ignored), where libFuzzer also keeps what it finds. Each target's executions are printed,
# then the total. An input that crashes, times out (-timeout, seconds) or runs out of memory
# (-rss_limit_mb) is written to fuzz/artifacts/<target>/ and the script fails: fix the bug, and
# keep the input in tests/fixtures/fuzz/<target>/ so crates/cli/tests/fuzz_regressions.rs runs
# it on stable in the normal test command.
#
# With AddressSanitizer by default; SANITIZER=none runs faster (our crates forbid unsafe code,
# their dependencies do not). Needs a nightly toolchain (installed with rustup if missing) and
# cargo-fuzz (installed if missing). If nightly cannot be had, says so and exits non-zero; the regression tests still run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

secs="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text_page html_page corpus_toml analyses asset)

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: installing a nightly toolchain (cargo-fuzz needs it; the project itself is stable)" >&2
  if ! rustup toolchain install nightly --profile minimal >&2; then
    echo "fuzz: no nightly Rust toolchain on this machine and rustup could not install one;" >&2
    echo "fuzz: the fuzz targets cannot run here (the regression inputs still run in scripts/test.sh)" >&2
    exit 1
  fi
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo +nightly install cargo-fuzz >&2
fi

shared=../shared/benchmarks/extraction/dev
seed() {
  local t="$1" dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  local n=0
  add() { cp -f "$1" "$dir/seed-$(sha256sum "$1" | cut -c1-16)"; n=$((n + 1)); }
  case "$t" in
    text_page | analyses)
      for f in corpus/*.txt tests/fixtures/*/*.txt tests/fixtures/*/*/*.txt tests/fixtures/fuzz/"$t"/*; do
        [ -f "$f" ] && add "$f"
      done
      if [ -d "$shared/text" ]; then for f in "$shared"/text/*; do add "$f"; done; fi
      ;;
    html_page)
      for f in tests/fixtures/*/*.htm* tests/fixtures/*/*/*.htm* tests/fixtures/fuzz/"$t"/*; do
        [ -f "$f" ] && add "$f"
      done
      if [ -d "$shared/html" ]; then
        for f in "$shared"/html/*.gz; do
          local out="$dir/seed-$(basename "$f" .html.gz | cut -c1-16)"
          gzip -dc "$f" >"$out"
          n=$((n + 1))
        done
      fi
      ;;
    corpus_toml)
      for f in corpus/corpus.toml tests/fixtures/*/corpus.toml tests/fixtures/*/*/corpus.toml tests/fixtures/fuzz/"$t"/*; do
        [ -f "$f" ] && add "$f"
      done
      ;;
    asset)
      local json
      json=$(mktemp -d)
      cargo run --quiet --release -p framelens-cli -- build --quiet --single-file corpus -o "$json/seeds.json" >/dev/null 2>&1
      cargo run --quiet --release -p framelens-cli -- build --quiet --sharded corpus -o "$json/sharded.json" >/dev/null 2>&1
      add "$json/seeds.json"
      # The index and its shards as one input, NUL-separated (see fuzz/fuzz_targets/asset.rs).
      { cat "$json/sharded.json"; for s in "$json"/sharded.shards/*.json; do printf '\0'; cat "$s"; done; } >"$json/joined"
      add "$json/joined"
      for f in tests/fixtures/fuzz/"$t"/*; do [ -f "$f" ] && add "$f"; done
      rm -rf "$json"
      ;;
    *) echo "fuzz: unknown target $t" >&2; exit 2 ;;
  esac
  echo "fuzz: $t: $n seed inputs" >&2
}

# Longest input tried. The work per input grows with its length, and libFuzzer finds most in
# short inputs; long hostile inputs have their own tests (crates/cli/tests/bounded.rs).
max_len() {
  case "$1" in
    html_page | asset) echo 16384 ;;
    corpus_toml) echo 2048 ;;
    *) echo 4096 ;;
  esac
}

total=0
status=0
for t in "${targets[@]}"; do
  seed "$t"
  log="fuzz/artifacts/$t.log"
  mkdir -p "fuzz/artifacts/$t"
  echo "fuzz: running $t for ${secs}s" >&2
  set +e
  (cd fuzz && cargo +nightly fuzz run -O --sanitizer "${SANITIZER:-address}" "$t" "corpus/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1) >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  runs=${runs:-0}
  total=$((total + runs))
  if [ $rc -ne 0 ]; then
    status=1
    echo "fuzz: $t FAILED after $runs executions (see $log and fuzz/artifacts/$t/):" >&2
    grep -E 'ERROR|panicked|Test unit written' "$log" | head -5 >&2 || true
  else
    echo "fuzz: $t: $runs executions, no crash, timeout or out-of-memory" >&2
  fi
done
echo "fuzz: $total executions in total across ${#targets[@]} target(s)"
exit $status
