#!/usr/bin/env bash
# The history page of the real app under Xvfb, with a realistic eight-week history ending
# yesterday (glute_timer.report.sample, imported with `history import`), at three window
# sizes, light and dark: docs/screenshots/history-WxH-THEME.png. Needs xvfb, xdotool and
# imagemagick.
#
#   tools/history_screenshots.sh [OUTPUT_DIR]        (default: docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:96}
PY=${PYTHON:-.venv/bin/python}
export PYTHONPATH=src
mkdir -p "$OUT"
WORK=$(mktemp -d)
APP_PID=""
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 -noreset >/dev/null 2>&1 &
XVFB_PID=$!
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1

"$PY" - "$WORK/history.json" <<'PYEOF'
import json, sys
from datetime import UTC, datetime, time, timedelta
from glute_timer.report.sample import sample_history
yesterday = datetime.combine(datetime.now(UTC).date() - timedelta(days=1), time(18), UTC)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(sample_history(end=yesterday), out)
PYEOF

for theme in light dark; do
    DATA="$WORK/data-$theme"
    "$PY" -m glute_timer --data-dir "$DATA" history import "$WORK/history.json"
    printf '[preferences]\ntheme=%s\n' "$theme" >"$DATA/settings.ini"
    "$PY" -m glute_timer --data-dir "$DATA" --audio none >/dev/null 2>&1 &
    APP_PID=$!
    WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
    xdotool windowmove "$WID" 0 0 windowsize "$WID" 1280 800
    sleep 2
    xdotool mousemove 640 3 click 1; sleep 0.3
    xdotool key ctrl+h; sleep 2
    for size in 800x500 1280x800 1920x1080; do
        xdotool windowsize "$WID" "${size%x*}" "${size#*x}"; sleep 1.5
        import -display "$DISPLAY_NUM" -window "$WID" "$OUT/history-$size-$theme.png"
        echo "saved $OUT/history-$size-$theme.png"
    done
    kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
