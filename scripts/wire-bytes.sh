#!/usr/bin/env bash
# Bytes on the wire: scroll an article line by line in quoth and in less, in the same tmux window,
# and count the bytes each sends to the terminal (tmux pipe-pane), after the first screen.
# Usage: scripts/wire-bytes.sh [ARTICLE] [LINES] [COLSxROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-}
lines=${2:-40}
size=${3:-80x24}
cols=${size%x*}
rows=${size#*x}
quoth=${QUOTH:-.build/release/quoth}
[ -x "$quoth" ] || swift build -c release --product quoth >/dev/null
work=$(mktemp -d)
trap 'tmux -L quoth-wire kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "$article" ]; then
  article=$work/article.txt
  "$quoth" dump --width 2000 >"$article"  # the embedded samples, as plain text
fi
measure() { # name command...
  local name=$1
  shift
  tmux -L quoth-wire kill-server 2>/dev/null || true
  sleep 0.2
  tmux -L quoth-wire -f /dev/null new-session -d -s w -x "$cols" -y "$rows" "$*; sleep 60"
  sleep 1.5
  tmux -L quoth-wire pipe-pane -o -t w "cat > '$work/$name.bytes'"
  sleep 0.3
  for _ in $(seq "$lines"); do
    tmux -L quoth-wire send-keys -t w j
    sleep 0.03
  done
  sleep 1
  tmux -L quoth-wire pipe-pane -t w
  wc -c <"$work/$name.bytes"
}
q=$(measure quoth "TERM=screen '$quoth' '$article'")
l=$(measure less "TERM=screen less '$article'")
ratio=$(python3 -c "print(f'{$q/$l:.2f}' if $l else 'n/a')")
echo "scroll $lines lines at ${cols}x${rows}: quoth $q bytes, less $l bytes, ratio $ratio"
