#!/usr/bin/env bash
# quoth against plain Unix tools on the same files, in the same run (best of N each):
#   quoth quotes --format jsonl DIR   vs   cat DIR/* | wc -w
#   quoth list LIBRARY                vs   find LIBRARY -type f -exec head -q -n 3 {} +
# Usage: scripts/speed-vs-unix.sh ARTICLES_DIR [LIBRARY_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:?usage: scripts/speed-vs-unix.sh ARTICLES_DIR [LIBRARY_DIR] [ROUNDS]}
library=${2:-}
rounds=${3:-7}
quoth=${QUOTH:-.build/release/quoth}
[ -x "$quoth" ] || swift build -c release --static-swift-stdlib --product quoth >/dev/null
# The README installs quoth linked statically against the Swift runtime and Foundation; say so
# when the binary measured is the dynamically linked one a plain `swift build -c release` makes.
if ldd "$quoth" 2>/dev/null | grep -q libswiftCore; then
  echo "note: $quoth loads the Swift runtime dynamically (the installed build uses --static-swift-stdlib)"
fi

best() { # command... -> best wall time in seconds over $rounds runs
  local best_ns=
  for _ in $(seq "$rounds"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    if [ -z "$best_ns" ] || [ $((end - start)) -lt "$best_ns" ]; then best_ns=$((end - start)); fi
  done
  awk -v ns="$best_ns" 'BEGIN { printf "%.3f", ns / 1e9 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

count=$(find "$articles" -maxdepth 1 -type f | wc -l)
q=$(best "$quoth" quotes --format jsonl "$articles")
c=$(best sh -c 'cat "$1"/* | wc -w' sh "$articles")
echo "quotes over $count files: quoth $q s, cat | wc -w $c s, ratio $(ratio "$q" "$c")"

if [ -n "$library" ]; then
  count=$(find "$library" -type f | wc -l)
  l=$(best "$quoth" list "$library")
  h=$(best find "$library" -type f -exec head -q -n 3 {} +)
  echo "list of $count files: quoth $l s, find + head $h s, ratio $(ratio "$l" "$h")"
fi
