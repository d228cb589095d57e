#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, driven with xdotool: each step kind at two window
# sizes, plus the start screen and the summary. Needs xvfb, xdotool and imagemagick.
#
#   tools/screenshot.sh [OUTPUT_DIR]        (default: docs/screenshots/all)
#
# docs/screenshots/workout.png (for the README) is copied from the 1280x800 hold.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots/all}
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:99}
mkdir -p "$OUT"
DATA=$(mktemp -d)
APP_PID=""
# -noreset: without it Xvfb resets when its last client leaves and refuses clients meanwhile.
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -noreset >/dev/null 2>&1 &
XVFB_PID=$!
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1

shot() { import -display "$DISPLAY_NUM" -window root "$OUT/$1.png"; echo "saved $OUT/$1.png"; }

start_app() {  # routine name
    .venv/bin/glute-timer --data-dir "$DATA" --audio none start "$1" >/dev/null 2>&1 &
    APP_PID=$!
    WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
    xdotool windowmove "$WID" 0 0 windowsize "$WID" 1280 800
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    sleep 1.5
}

size() { xdotool windowsize "$WID" "$1" "$2"; sleep 0.7; }
key() { xdotool key --window "$WID" "$@"; sleep 0.5; }
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# Wall push: get ready, hold (left, then mirrored right), switch, pause, keys, summary.
start_app "Wall push"
shot prepare-1280x800
size 800 500; shot prepare-800x500; size 1280 800
key Right                                   # skip to the hold (left)
sleep 2.5; shot hold-1280x800
cp "$OUT/hold-1280x800.png" docs/screenshots/workout.png
size 800 500; shot hold-800x500; size 1280 800
key space; shot paused-1280x800; key space
key Right                                   # the switch
shot switch-1280x800
size 800 500; shot switch-800x500; size 1280 800
key Right; sleep 1; shot hold-right-1280x800
key question; shot keys-help; key question
xdotool windowfocus --sync "$WID" 2>/dev/null || true
for _ in 1 2 3 4 5; do key Right; done      # to the end
sleep 1; shot summary-1280x800
stop_app

# Strength: rest and reps steps.
start_app "Glute medius strength"
key Right; key Right; key Right; key Right   # prepare, hold L, switch, hold R -> rest
sleep 1; shot rest-1280x800
size 800 500; shot rest-800x500; size 1280 800
for _ in $(seq 1 30); do
    title=$(xdotool getwindowname "$WID")
    case "$title" in *Reps*) break ;; esac
    key Right
done
sleep 0.5; shot reps-1280x800
size 800 500; shot reps-800x500; size 1280 800
stop_app

# Start screen.
.venv/bin/glute-timer --data-dir "$DATA" --audio none >/dev/null 2>&1 &
APP_PID=$!
WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
xdotool windowmove "$WID" 0 0 windowsize "$WID" 1280 800
sleep 1.5; shot start-1280x800
stop_app
