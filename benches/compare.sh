#!/usr/bin/env bash
# Side-by-side timings recorded in docs/performance.md: brief against ripgrep counting
# the same aliases on the same generated 20 MB article, in one hyperfine run.
# Then the peak RSS of each command on the same file. Needs ripgrep, hyperfine and GNU
# time (Debian: apt-get install ripgrep hyperfine time). Run by hand:
#   benches/compare.sh            # 20 MB
#   MB=5 benches/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${MB:-20}
work=${WORK:-/tmp/brief-bench}
mkdir -p "$work"
cargo build --release --quiet --bin brief --example gen_article --example aliases
art="$work/article-${mb}mb.txt"
[ -f "$art" ] || target/release/examples/gen_article "$art" "$mb"
# One alternation of every alias, regex-escaped, as in `rg -c -i -w 'a|b|…'`.
target/release/examples/aliases | sed -e 's/[][\\.^$*+?(){}|]/\\&/g' | paste -sd'|' > "$work/aliases.re"
echo "article: $(du -h "$art" | cut -f1), $(wc -l < "$work/aliases.re") pattern line, $(tr '|' '\n' < "$work/aliases.re" | wc -l) aliases"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/hyperfine.md" \
  -n "rg alias count" "rg -c -i -w -f $work/aliases.re $art" \
  -n "brief export (entities + relations)" "target/release/brief export $art --format json > /dev/null" \
  -n "brief render (first frame)" "target/release/brief render $art --width 120 --height 40 > /dev/null"
cat "$work/hyperfine.md"
# Peak resident memory against the issues' limit: under 4× the input size.
size_kib=$(( $(wc -c < "$art") / 1024 ))
echo
echo "input: $size_kib KiB; limit 4× = $(( 4 * size_kib )) KiB"
rss() {
  local label=$1; shift
  local kib
  kib=$(/usr/bin/time -f "%M" "$@" 2>&1 > /dev/null | tail -n 1)
  printf '%-34s %7s KiB  %4s.%02d× input\n' "$label" "$kib" $(( kib / size_kib )) $(( kib * 100 / size_kib % 100 ))
}
rss "peak RSS brief check (load only)" target/release/brief check "$art"
rss "peak RSS brief export json" target/release/brief export "$art" --format json
rss "peak RSS brief export markdown" target/release/brief export "$art" --format markdown
rss "peak RSS brief render" target/release/brief render "$art" --width 120 --height 40
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
