#!/usr/bin/env bash
# The library's first screen on its second start (docs/performance.md): 2,000 generated
# briefings (benches/gen_library.rs), a first start that builds the index, then the time
# from launching `brief DIR` in a real tmux terminal until the list shows
# (/work/shared/tools/first_paint.py, or FIRST_PAINT=path). Target: ≤ 100 ms.
# Needs tmux. HOME and XDG_* point at a scratch directory, so the user's index is untouched.
#   benches/library.sh            # 2,000 briefings, 10 runs
#   COUNT=10000 RUNS=5 benches/library.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-2000}
runs=${RUNS:-10}
work=${WORK:-/tmp/brief-library-bench}
first_paint=${FIRST_PAINT:-$(cd .. && pwd)/shared/tools/first_paint.py}
[ -f "$first_paint" ] || first_paint=/work/shared/tools/first_paint.py
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo build --release --quiet --bin brief --example gen_library
brief=$(pwd)/target/release/brief
rm -rf "$work"
mkdir -p "$work/home"
target/release/examples/gen_library "$work/library" "$count"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_STATE_HOME="$work/home/state" XDG_CACHE_HOME="$work/home/cache"
# First start: the worker reads every file and writes the index; `render` waits for it.
start=$(date +%s.%N)
"$brief" render "$work/library" --width 120 --height 40 > /dev/null
echo "first start, index built: $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$XDG_STATE_HOME/brief/library-index.json" | cut -f1) index)"
# Second start, in a terminal: the list's title shows once the first frame is drawn.
echo -n "second start, first screen: "
python3 "$first_paint" "Library · $count briefings" \
    "env HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_STATE_HOME=$XDG_STATE_HOME $brief $work/library" \
    -n "$runs" --size 120x40
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
