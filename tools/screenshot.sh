#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, driven with xdotool: each step kind at two window
# sizes, the start screen, the summary with its rating, the history (also after a kill -9
# mid-workout), the routine editor and the settings. Needs xvfb, xdotool and imagemagick.
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
# Through XTEST to the focused window: needed for Ctrl combinations and for dialogs.
xkey() { xdotool key "$@"; sleep 0.5; }
# Without a window manager a click is what gives a window the keyboard (top edge: harmless).
focus() { xdotool mousemove 640 3 click 1; sleep 0.3; }
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
for _ in 1 2 3 4 5; do key Right; done      # to the end
sleep 1; shot summary-1280x800              # with the rating panel
focus; xdotool type 6; xkey Tab; xdotool type 2
xkey Return; shot summary-rated-1280x800    # Enter saves the rating
xkey Return                                 # back to routines
xkey ctrl+h; shot history-1280x800
xkey Escape
xkey ctrl+e; sleep 1; shot editor
xkey Escape; focus
xkey ctrl+comma; shot settings
xkey Escape; focus
stop_app

# Killed mid-workout: the next start marks the session interrupted, its finished steps kept.
start_app "Wall push"
sleep 10                                    # the get-ready step completes
key Right                                   # the left hold is skipped
sleep 6                                     # the switch completes; the right hold runs
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
.venv/bin/glute-timer --data-dir "$DATA" --audio none >/dev/null 2>&1 &
APP_PID=$!
WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
xdotool windowmove "$WID" 0 0 windowsize "$WID" 1280 800
focus
sleep 1.5; shot start-after-kill
xkey ctrl+h
xdotool mousemove 200 118 click 1; sleep 0.7   # the newest session (below the notice)
shot history-interrupted
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
# Last: once open, the keys window has the keyboard, and xdotool cannot give it back.
focus; xkey question; shot keys-help
stop_app
