#!/usr/bin/env bash
# Fuzz one target of brief with AFL++ on the stable toolchain, for N minutes.
#
#   fuzz/run.sh TARGET MINUTES        TARGET: yaml article sanitize keys render
#
# Needs cargo-afl once (`cargo install cargo-afl && cargo afl config --build`). Seeds
# the corpus from tests/fixtures (and the kept regression cases), builds the
# instrumented target, runs afl-fuzz niced with a 2 s hang limit, and prints the
# summary. Crashes and hangs land in fuzz/out/TARGET/default/{crashes,hangs}: copy a
# minimised one into tests/fixtures/fuzz/TARGET/ and `cargo test` replays it forever.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET MINUTES}
minutes=${2:?usage: fuzz/run.sh TARGET MINUTES}
root=..
seeds=corpus/$target
mkdir -p "$seeds" out
case $target in
  yaml) cp "$root"/tests/fixtures/good/*.yaml "$root"/tests/fixtures/bad/*.yaml \
          "$root"/tests/fixtures/articles/*.yaml "$root"/briefings/*.yaml "$seeds"/ ;;
  article|sanitize) cp "$root"/tests/fixtures/good/*.{txt,md} "$root"/tests/fixtures/bad/*.txt \
          "$root"/tests/fixtures/articles/*.txt "$seeds"/ ;;
  keys) printf 'jj<Enter>/ab<C-d><S-Tab><lt>x<' > "$seeds"/script1
        printf '3/sanctions<Enter>n<Esc>vrc?q' > "$seeds"/script2
        printf '<Tab><Tab>jjj<Enter>eEf<Home><End><PgDn>' > "$seeds"/script3 ;;
  render) printf '\x78\x50jj<Tab>jjj<Enter>v<Enter>' > "$seeds"/seed1
          printf '\x3c\x30/coop<Enter>nnN3]' > "$seeds"/seed2
          printf '\xc8\x60<Tab><Tab>jjjjj<Enter>r\x00' > "$seeds"/seed3
          head -c 3000 "$root"/tests/fixtures/articles/seed.fr.txt >> "$seeds"/seed3 ;;
  *) echo "unknown target $target (yaml article sanitize keys render)" >&2; exit 2 ;;
esac
if [ -d "$root/tests/fixtures/fuzz/$target" ]; then
  cp "$root/tests/fixtures/fuzz/$target"/* "$seeds"/ 2>/dev/null || true
fi
# Seeds over 256 KB only slow AFL down.
find "$seeds" -type f -size +256k -delete
cargo afl build --release --bin "$target"
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# A second run of a target resumes its queue instead of starting over.
input=$seeds
[ -d "out/$target/default/queue" ] && input=-
exec nice -n 10 cargo afl fuzz -i "$input" -o "out/$target" -t 2000 -V $((minutes * 60)) \
  -x dict/"$target".dict -- target/release/"$target"
