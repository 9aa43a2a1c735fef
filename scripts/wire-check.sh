#!/usr/bin/env bash
# Checks that what quoth leaves on screen while scrolling is what a full redraw paints: two quoths
# on the same article in two tmux windows of the same size, the same keys typed into both, and
# Ctrl-L after each key in the second; the panes (colours and attributes included, tmux
# capture-pane -e, compared cell by cell) must agree after every key.
#
# Usage: scripts/wire-check.sh [ARTICLE...] [COLSxROWS...]
#   Defaults: the embedded samples at 100x30. WIRE_TERM sets TERM (default screen); WIRE_KEYS the
#   keys (default: 30 j, 5 k, C-d, 3 k, 10 j, C-u). QUOTH=PATH picks the binary (default
#   .build/release/quoth). Prints one line per article and size; exits 1 if any differed.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=()
sizes=()
for argument in "$@"; do
  if [[ $argument =~ ^[0-9]+x[0-9]+$ ]]; then sizes+=("$argument"); else articles+=("$argument"); fi
done
[ ${#sizes[@]} -gt 0 ] || sizes=(100x30)
quoth=${QUOTH:-.build/release/quoth}
[ -x "$quoth" ] || swift build -c release --static-swift-stdlib --product quoth >/dev/null
quoth=$(cd "$(dirname "$quoth")" && pwd)/$(basename "$quoth")
keys=${WIRE_KEYS:-"$(printf 'j %.0s' $(seq 30))k k k k k C-d k k k $(printf 'j %.0s' $(seq 10))C-u"}
work=$(mktemp -d)
trap 'tmux -L quoth-check-a kill-server 2>/dev/null || true; tmux -L quoth-check-b kill-server 2>/dev/null || true; rm -rf "$work" 2>/dev/null || true' EXIT
if [ ${#articles[@]} -eq 0 ]; then
  articles=("$work/samples.txt")
  "$quoth" dump --width 2000 >"$work/samples.txt"
fi
position() { tmux -L "$1" capture-pane -p -t w | grep -o 'line [0-9]*/' | tail -1 || true; }
# Polls until `command` succeeds, at most 5 s.
until_true() {
  for _ in $(seq 100); do
    if "$@"; then return 0; fi
    sleep 0.05
  done
  return 1
}
moved_from() { local now; now=$(position quoth-check-b); [ -n "$now" ] && [ "$now" != "$1" ]; }
shows() { [ "$(position quoth-check-a)" = "$1" ]; }
# What each cell looks like (scripts/screen-cells.py): a written blank and a cleared cell agree.
cells() { tmux -L "$1" capture-pane -p -e -t w | python3 scripts/screen-cells.py; }
same() { [ "$(cells quoth-check-a)" = "$(cells quoth-check-b)" ]; }
failed=0
run=0
for article in "${articles[@]}"; do
  article=$(cd "$(dirname "$article")" && pwd)/$(basename "$article")
  for size in "${sizes[@]}"; do
    cols=${size%x*}
    rows=${size#*x}
    for server in quoth-check-a quoth-check-b; do
      tmux -L $server kill-server 2>/dev/null || true
      # A new folder each time: a quoth ended by kill-server saves its place as it goes.
      run=$((run + 1))
      state="$work/$server-$run"
      mkdir -p "$state"
      tmux -L $server -f /dev/null new-session -d -s w -x "$cols" -y "$rows" \
        "XDG_STATE_HOME='$state' XDG_CACHE_HOME='$state' XDG_CONFIG_HOME='$state' TERM=${WIRE_TERM:-screen} '$quoth' '$article'; sleep 60"
    done
    until_true shows "line 1/" || true
    result="same after every key"
    step=0
    for key in $keys; do
      step=$((step + 1))
      before=$(position quoth-check-b)
      tmux -L quoth-check-a send-keys -t w "$key"
      tmux -L quoth-check-b send-keys -t w "$key" C-l
      # Keys that do not move (the end of the article) are compared after the wait runs out.
      until_true moved_from "$before" || true
      until_true shows "$(position quoth-check-b)" || true
      if ! until_true same; then
        result="DIFFERS after key $step ($key)"
        diff <(tmux -L quoth-check-a capture-pane -p -e -t w) <(tmux -L quoth-check-b capture-pane -p -e -t w) | head -8 | cat -v || true
        failed=1
        break
      fi
    done
    echo "${cols}x${rows} TERM=${WIRE_TERM:-screen}: $result  $(basename "$article")"
  done
done
exit $failed
