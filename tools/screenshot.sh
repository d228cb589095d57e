#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, driven with xdotool: every screen and dialog at
# 800x500, 1280x800 and 1920x1080, in the light and the dark theme. Needs xvfb, xdotool and
# imagemagick.
#
#   tools/screenshot.sh [OUTPUT_DIR]        (default: docs/screenshots)
#
# Names are <screen>-<width>x<height>-<theme>.png. Environment:
#   SIZES="1280x800"      only these sizes       THEMES="dark"   only these themes
#   START_ONLY=1         only the start screen (quick, after changing it)
#   WORKOUT_ONLY=1       only the start screen and a workout's steps (e.g. for a language:
#                        LANGUAGE=de WORKOUT_ONLY=1 tools/screenshot.sh docs/screenshots/de)
#   GLUTE_TIMER=cmd       how to run the app (default .venv/bin/glute-timer, else
#                         python -m glute_timer with src/ on the path)
# docs/screenshots/workout.png (for the README) is copied from the 1280x800 light hold.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
SIZES=${SIZES:-"800x500 1280x800 1920x1080"}
THEMES=${THEMES:-"light dark"}
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:99}
if [ -z "${GLUTE_TIMER:-}" ]; then
    if [ -x .venv/bin/glute-timer ]; then
        GLUTE_TIMER=.venv/bin/glute-timer
    else
        GLUTE_TIMER="env PYTHONPATH=src ${PYTHON:-python3} -m glute_timer"
    fi
fi
mkdir -p "$OUT"
DATA=$(mktemp -d)
APP_PID=""
PULSE_PID=""
AUDIO=none
# A private PulseAudio server with a null sink: the app then has a working sound output (and
# no "No sound" notice) as on a desktop. Without pulseaudio the shots run with --audio "$AUDIO".
if command -v pulseaudio >/dev/null && command -v pactl >/dev/null; then
    export XDG_RUNTIME_DIR="$DATA/run" PULSE_SERVER="unix:$DATA/run/pulse/native"
    mkdir -m 700 -p "$XDG_RUNTIME_DIR"
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no \
        "--load=module-null-sink sink_name=screenshots" \
        --load=module-native-protocol-unix >/dev/null 2>&1 &
    PULSE_PID=$!
    for _ in $(seq 1 100); do pactl info >/dev/null 2>&1 && { AUDIO=qt; break; }; sleep 0.1; done
fi
# -noreset: without it Xvfb resets when its last client leaves and refuses clients meanwhile.
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 -noreset >/dev/null 2>&1 &
XVFB_PID=$!
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    kill "$XVFB_PID" 2>/dev/null || true
    [ -n "$PULSE_PID" ] && kill "$PULSE_PID" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1

SHORT="$DATA/short-holds.toml"
write_short() {
    cat >"$SHORT" <<'TOML'
name = "Short holds"
prep_seconds = 2

[[exercises]]
name = "Wall push"
illustration = "wall-push"
mode = "hold"
hold_seconds = 4
sets = 1
sides = "both"
switch_seconds = 2
TOML
}
write_short

W=1280 H=800 THEME=light TAG=""
shot() {  # name: the window's area of the screen (dialogs open over it)
    import -display "$DISPLAY_NUM" -window root -crop "${W}x${H}+0+0" +repage "$OUT/$1-$TAG.png"
    echo "saved $OUT/$1-$TAG.png"
}
settings() {  # theme [keep the screen awake: false]
    # Xvfb has no screen saver to hold off: the keep-awake notice is shot once, on its own.
    mkdir -p "$DATA"
    printf '[preferences]\ntheme=%s\nkeep_screen_awake=%s\n' "$1" "${2:-false}" \
        >"$DATA/settings.ini"
}
start_app() {  # [routine]
    if [ -n "${1:-}" ]; then
        $GLUTE_TIMER --data-dir "$DATA" --audio "$AUDIO" start "$1" >/dev/null 2>&1 &
    else
        $GLUTE_TIMER --data-dir "$DATA" --audio "$AUDIO" >/dev/null 2>&1 &
    fi
    APP_PID=$!
    WID=$(xdotool search --sync --onlyvisible --name "Glute Timer" | head -1)
    xdotool windowmove "$WID" 0 0 windowsize "$WID" "$W" "$H"
    sleep 2.5
    focus
}
# Without a window manager a click is what gives a window the keyboard (top-right corner
# of the header bar: nothing there to press).
focus() { xdotool mousemove $((W / 2)) 2 click 1; sleep 0.3; }
key() { xdotool key "$@"; sleep 0.6; }
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

for THEME in $THEMES; do
    for SIZE in $SIZES; do
        W=${SIZE%x*} H=${SIZE#*x} TAG="$SIZE-$THEME"
        settings "$THEME"
        if [ -n "${START_ONLY:-}" ]; then
            start_app; shot start; stop_app; continue
        fi
        if [ -n "${WORKOUT_ONLY:-}" ]; then
            start_app; shot start
            key Return; sleep 1; shot prepare
            key Right; sleep 2.5; shot hold
            key space; shot paused; key space
            key Right; shot switch
            stop_app
            start_app "Glute medius strength"
            key Right; key Right; key Right; key Right
            sleep 1; shot rest
            stop_app
            rm -rf "$DATA/glute-timer.sqlite3"* "$DATA/settings.ini"
            continue
        fi
        # Start screen, the workout's steps, the Stop question, the summary and its rating.
        start_app
        shot start
        key F10; shot menu; key Escape
        key Return                           # Enter on the selected card starts it
        sleep 1; shot prepare
        key Right; sleep 2.5; shot hold
        key space; shot paused; key space
        key m; shot hold-muted; key m        # the lasting "Sound off" sign
        sleep 1.6                            # the "Sound on" message fades
        key Escape; shot stop-question; key Escape
        focus                                # the dialog took the keyboard with it
        key Right; shot switch
        stop_app
        # A short routine run to its end in real time: the summary with per-side results.
        $GLUTE_TIMER --data-dir "$DATA" import "$SHORT" >/dev/null 2>&1 || true
        start_app "Short holds"
        sleep 13; shot summary
        xdotool type 6; key Tab; key Right; key Right; sleep 0.3
        shot summary-rating
        key Return; shot summary-rated
        key Return                           # back to routines
        key ctrl+h; sleep 1; shot history
        key Escape
        key ctrl+e; sleep 1.5; shot editor
        key Escape; focus
        key ctrl+comma; sleep 0.5; shot settings
        key Escape; focus
        key F10; key Up; key Up; key Return; sleep 0.5; shot about
        key Escape; focus
        key question; shot keys
        stop_app
        # Rest and reps.
        start_app "Glute medius strength"
        key Right; key Right; key Right; key Right
        sleep 1; shot rest
        for _ in $(seq 1 30); do
            title=$(xdotool getwindowname "$WID")
            case "$title" in *Reps*) break ;; esac
            key Right
        done
        sleep 0.5; shot reps
        stop_app
        rm -rf "$DATA/glute-timer.sqlite3"* "$DATA/settings.ini"
    done
done
[ -n "${WORKOUT_ONLY:-}" ] && exit 0
# The notice when the screen cannot be kept awake (no screen-saver service under Xvfb).
W=1280 H=800 TAG="1280x800-light"
settings light true
start_app
key Return; sleep 1; shot keep-awake-notice
stop_app
if [ -z "${WORKOUT_ONLY:-}" ] && [ -f "$OUT/hold-1280x800-light.png" ]; then
    cp "$OUT/hold-1280x800-light.png" docs/screenshots/workout.png
fi
