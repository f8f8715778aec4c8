#!/usr/bin/env bash
# The side-by-side figures of docs/performance.md, each against its reference in one
# run, on the generated article (20 MB unless MB says otherwise):
#   1. first paint in a real tmux terminal, brief against `less`, on the seed and on the
#      article (/work/shared/tools/first_paint.py, or FIRST_PAINT=path/to/first_paint.py);
#   2. full analysis: `brief export`, and `brief render` (which waits for the analysis),
#      against ripgrep counting the gazetteer's aliases (hyperfine);
#   3. the reader live in a pseudo-terminal (benches/live.rs): first frame, a key while
#      the analysis runs, the analysis on screen, `q` during the analysis;
#   4. peak RSS of every command on every shape of the text against 4× its size.
# Needs tmux, ripgrep, hyperfine and GNU time (Debian: apt-get install tmux ripgrep
# hyperfine time). Run by hand on a quiet machine (see `uptime` at the end):
#   benches/compare.sh            # 20 MB
#   MB=5 RUNS=3 benches/compare.sh
#   BASE=/tmp/brief-before benches/compare.sh   # an older build measured alongside
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${MB:-20}
runs=${RUNS:-5}
work=${WORK:-/tmp/brief-bench}
first_paint=${FIRST_PAINT:-$(cd .. && pwd)/shared/tools/first_paint.py}
[ -f "$first_paint" ] || first_paint=/work/shared/tools/first_paint.py
mkdir -p "$work"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo build --release --quiet --bin brief --example gen_article --example aliases --example live
brief=target/release/brief
art="$work/article-${mb}mb.txt"
[ -f "$art" ] || target/release/examples/gen_article "$art" "$mb"
# The same text in the other shapes brief reads: hard-wrapped paragraphs between blank
# lines, Markdown with `##` headings, and Markdown without blank lines (one paragraph).
wrapped="$work/wrapped-${mb}mb.txt"
[ -f "$wrapped" ] || sed G "$art" | fold -s -w 72 > "$wrapped"
headed="$work/headed-${mb}mb.md"
[ -f "$headed" ] || awk '/[.]$/ { print $0 "\n"; next } { print "## " $0 "\n" }' "$art" > "$headed"
giant="$work/giant-${mb}mb.md"
[ -f "$giant" ] || cp "$art" "$giant"
# Every alias, one per line, counted as fixed strings (`rg -c -i -w -F -f`): ripgrep's
# fastest way to count them. (One regex alternation of the 6,000 aliases, as this
# script first did, took ripgrep 36 s on 20 MB: too easy a reference.)
target/release/examples/aliases > "$work/aliases.txt"
echo "article: $(du -h "$art" | cut -f1), $(wc -l < "$work/aliases.txt") aliases"

echo
echo "== 1. first paint (ms, median of $runs; the marker is text of the first screen)"
seed=briefings/russie-kazakhstan.fr.yaml
first_line=$(head -c 40 "$art" | cut -d' ' -f1-3)
printf '%-28s' "less seed:";      python3 "$first_paint" "Moscou et Astana" "less $seed" -n "$runs"
printf '%-28s' "brief seed:";     python3 "$first_paint" "Sections" "$brief $seed" -n "$runs"
printf '%-28s' "less ${mb} MB:";  python3 "$first_paint" "$first_line" "less $art" -n "$runs"
printf '%-28s' "brief ${mb} MB:"; python3 "$first_paint" "Sections" "$brief $art" -n "$runs"
if [ -n "${BASE:-}" ]; then
  printf '%-28s' "before, seed:";     python3 "$first_paint" "Sections" "$BASE $seed" -n "$runs"
  printf '%-28s' "before, ${mb} MB:"; python3 "$first_paint" "Sections" "$BASE $art" -n "$runs"
fi

echo
echo "== 2. full analysis against ripgrep"
before=()
if [ -n "${BASE:-}" ]; then
  before=(-n "before: brief export" "$BASE export $art --format json > /dev/null"
          -n "before: brief render" "$BASE render $art --width 120 --height 40 > /dev/null")
fi
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/hyperfine.md" \
  -n "rg alias count" "rg -c -i -w -F -f $work/aliases.txt $art" \
  -n "brief export (entities + relations)" "$brief export $art --format json > /dev/null" \
  -n "brief render (waits for the analysis)" "$brief render $art --width 120 --height 40 > /dev/null" \
  "${before[@]}"
cat "$work/hyperfine.md"

echo
echo "== 3. the reader live (pseudo-terminal, 120×40)"
target/release/examples/live "$brief" "$art" "$runs"

echo
echo "== 4. peak RSS against 4× the input"
rss() {
  local file=$1; shift
  local size_kib kib
  size_kib=$(( $(wc -c < "$file") / 1024 ))
  kib=$(/usr/bin/time -f "%M" "$brief" "$@" 2>&1 > /dev/null | tail -n 1)
  printf '  %-28s %7s KiB  %s.%02d×\n' "${*:1:$#-1}" "$kib" $(( kib / size_kib )) $(( kib * 100 / size_kib % 100 ))
}
for file in "$art" "$wrapped" "$headed" "$giant"; do
  echo "$(basename "$file"): $(( $(wc -c < "$file") / 1024 )) KiB, limit $(( 4 * $(wc -c < "$file") / 1024 )) KiB"
  rss "$file" check "$file"
  rss "$file" export --format json "$file"
  rss "$file" export --format markdown "$file"
  rss "$file" render --first-frame "$file"
  rss "$file" render "$file"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
