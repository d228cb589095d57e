#!/usr/bin/env bash
# The start screen with the today strip and a suggestion, 1280x800, light theme, under Xvfb:
#   tools/today_screenshot.sh            -> docs/screenshots/today-1280x800.png
# Needs xvfb, xdotool and imagemagick. Uses the shared venv's python with this tree's src.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/work/main/.venv/bin/python}
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:197}
DATA=$(mktemp -d)
APP_PID=""
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -noreset >/dev/null 2>&1 &
XVFB_PID=$!
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID"
    kill "$XVFB_PID"
    rm -rf "$DATA"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM PYTHONPATH="src:." TZ=UTC
export GLUTE_TIMER_NOW=2026-03-27T10:00:00+00:00
"$PY" tools/today_screenshot_data.py "$DATA"
printf '[preferences]\ntheme=light\n' > "$DATA/settings.ini"
sleep 1
"$PY" -m glute_timer --data-dir "$DATA" --audio none >/dev/null 2>&1 &
APP_PID=$!
WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
xdotool windowmove "$WID" 0 0 windowsize "$WID" 1280 800
sleep 2.5
mkdir -p docs/screenshots
import -display "$DISPLAY_NUM" -window root docs/screenshots/today-1280x800.png
echo "saved docs/screenshots/today-1280x800.png"
