#!/usr/bin/env bash
# Bytes on the wire: scroll an article line by line in quoth and in less, in the same tmux window,
# and count the bytes each sends to the terminal (tmux pipe-pane), after the first screen.
#
# Usage: scripts/wire-bytes.sh [ARTICLE...] [LINES] [COLSxROWS...]
#   Arguments are told apart by form: a number is the lines to scroll (default 40), NxM a window
#   size (default 80x24; several may be given), anything else an article (default: the embedded
#   samples as plain text). One line per article and size, then the worst ratio.
#   WIRE_KEEP=DIR keeps each byte stream there (DIR/NAME-COLSxROWS.quoth|less) for `cat -v`.
#   QUOTH=PATH picks the binary (default .build/release/quoth, built when missing); QUOTH_ARGS
#   adds options (QUOTH_ARGS='--theme light'); QUOTH_KEYS are typed into quoth before measuring
#   (QUOTH_KEYS=s hides the docked speaker sidebar). WIRE_TERM sets TERM for both (default screen).
#   WIRE_LESS_ARGS adds options to less: WIRE_LESS_ARGS=-S chops long lines at the window's edge
#   instead of wrapping them, as quoth's text pane does beside the docked sidebar.
# quoth runs with empty state, cache and config folders, so a remembered place or a theme set in
# the user's config does not change the figure.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=()
lines=40
sizes=()
for argument in "$@"; do
  if [[ $argument =~ ^[0-9]+$ ]]; then
    lines=$argument
  elif [[ $argument =~ ^[0-9]+x[0-9]+$ ]]; then
    sizes+=("$argument")
  else
    articles+=("$argument")
  fi
done
[ ${#sizes[@]} -gt 0 ] || sizes=(80x24)
quoth=${QUOTH:-.build/release/quoth}
[ -x "$quoth" ] || swift build -c release --static-swift-stdlib --product quoth >/dev/null
quoth=$(cd "$(dirname "$quoth")" && pwd)/$(basename "$quoth")
work=$(mktemp -d)
trap 'tmux -L quoth-wire kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
if [ ${#articles[@]} -eq 0 ]; then
  articles=("$work/samples.txt")
  "$quoth" dump --width 2000 >"$work/samples.txt"  # the embedded samples, as plain text
fi
keep=${WIRE_KEEP:-}
[ -z "$keep" ] || mkdir -p "$keep"
mkdir -p "$work/state" "$work/cache" "$work/config"
isolated="XDG_STATE_HOME='$work/state' XDG_CACHE_HOME='$work/cache' XDG_CONFIG_HOME='$work/config'"
measure() { # output-file cols rows keys command...
  local out=$1 cols=$2 rows=$3 keys=$4
  shift 4
  tmux -L quoth-wire kill-server 2>/dev/null || true
  rm -rf "$work/state"/* "$work/cache"/*
  sleep 0.2
  tmux -L quoth-wire -f /dev/null new-session -d -s w -x "$cols" -y "$rows" "$*; sleep 60"
  sleep 1.5
  for key in $keys; do
    tmux -L quoth-wire send-keys -t w "$key"
    sleep 0.3
  done
  tmux -L quoth-wire pipe-pane -o -t w "cat > '$out'"
  sleep 0.3
  for _ in $(seq "$lines"); do
    tmux -L quoth-wire send-keys -t w j
    sleep 0.03
  done
  sleep 1
  tmux -L quoth-wire pipe-pane -t w
  sleep 0.2
  wc -c <"$out"
}
worst=0
for article in "${articles[@]}"; do
  article=$(cd "$(dirname "$article")" && pwd)/$(basename "$article")
  name=$(basename "$article" .txt)
  for size in "${sizes[@]}"; do
    cols=${size%x*}
    rows=${size#*x}
    q=$(measure "$work/q" "$cols" "$rows" "${QUOTH_KEYS:-}" "$isolated TERM=${WIRE_TERM:-screen} '$quoth' ${QUOTH_ARGS:-} '$article'")
    l=$(measure "$work/l" "$cols" "$rows" "" "TERM=${WIRE_TERM:-screen} LESS= less ${WIRE_LESS_ARGS:-} '$article'")
    if [ -n "$keep" ]; then
      cp "$work/q" "$keep/$name-$size.quoth"
      cp "$work/l" "$keep/$name-$size.less"
    fi
    ratio=$(python3 -c "print(f'{$q/$l:.2f}' if $l else 'n/a')")
    worst=$(python3 -c "print(max($worst, $q/$l) if $l else $worst)")
    echo "scroll $lines lines at ${cols}x${rows}: quoth $q bytes, less${WIRE_LESS_ARGS:+ $WIRE_LESS_ARGS} $l bytes, ratio $ratio  $name"
  done
done
python3 -c "print(f'worst ratio {$worst:.2f}')"
