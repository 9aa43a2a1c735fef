#!/usr/bin/env bash
# Fuzzes parse + quote extraction + layout + the reader's screen with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#
# Builds the quoth-fuzz target with -sanitize=fuzzer (plus AddressSanitizer) into .build/fuzz,
# copies the seed corpus of project-written articles (Fuzz/corpus) into a working corpus
# (.build/fuzz-corpus, which grows as libFuzzer finds new paths), and runs for SECONDS
# (default 60) on one core. A crash leaves crash-<hash> in Fuzz/findings/; replay it with a plain
# build: `swift build --product quoth-fuzz && .build/debug/quoth-fuzz Fuzz/findings/crash-...`.
# Not part of CI: run it by hand after changing a parser, the extractor or layout.
# QUOTH_FUZZ_BUILD=1 leaves the theme-embedding build plugin out of this build: -sanitize=fuzzer
# would reach the plugin's own tool and break its link (a second main).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
export QUOTH_FUZZ_BUILD=1
swift build -c release --product quoth-fuzz --scratch-path .build/fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DQUOTH_FUZZ
binary="$(swift build -c release --product quoth-fuzz --scratch-path .build/fuzz --show-bin-path)/quoth-fuzz"
mkdir -p .build/fuzz-corpus Fuzz/findings
cp -n Fuzz/corpus/* .build/fuzz-corpus/ 2>/dev/null || true
# Swift's own crash backtracer would race AddressSanitizer's report; let libFuzzer report.
export SWIFT_BACKTRACE=enable=no
exec "$binary" .build/fuzz-corpus -max_total_time="$seconds" -max_len=16384 -timeout=20 \
  -rss_limit_mb=4096 -artifact_prefix=Fuzz/findings/ -print_final_stats=1 "$@"
