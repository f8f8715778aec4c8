#!/usr/bin/env bash
# Side-by-side timings recorded in docs/performance.md: brief against ripgrep counting
# the same aliases on the same generated 20 MB article, in one hyperfine run.
# Needs ripgrep and hyperfine (Debian: apt-get install ripgrep hyperfine). Run by hand:
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
echo "peak RSS of brief export (KiB):"
/usr/bin/time -f "%M" target/release/brief export "$art" --format json > /dev/null
cat "$work/hyperfine.md"
