#!/bin/sh
# Adds Glute Timer to the desktop's application menu for the current user (or removes it).
#
#   install-desktop-entry.sh              install the menu entry, icons and AppStream file
#   install-desktop-entry.sh --uninstall  remove them again
#   install-desktop-entry.sh --exec PATH  launch PATH instead of the detected command
#
# Run it from the bundle (dist/glute-timer/desktop/) or from a checkout after a pip or pipx
# install. Files go under ${XDG_DATA_HOME:-~/.local/share}; nothing needs root.
set -eu

APP_ID=io.github.glute_timer.GluteTimer
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
ICON_SIZES="16 24 32 48 64 128 256 512"

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

refresh_caches() {
    # Menus and icon themes pick up changes without these on most desktops; they only help.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    echo "Removed the Glute Timer menu entry. Your workouts and settings were left in place."
}

find_command() {
    if [ -x "$HERE/../glute-timer" ] && [ -f "$HERE/../glute-timer" ]; then
        # Inside the bundle: launch the bundled app by its absolute path.
        (cd "$HERE/.." && printf '%s/glute-timer\n' "$(pwd)")
    elif command -v glute-timer >/dev/null 2>&1; then
        command -v glute-timer
    else
        echo "install-desktop-entry.sh: no glute-timer command found; install the app" \
            "first (pipx install glute-timer) or pass --exec PATH" >&2
        exit 1
    fi
}

install_entry() {
    command=$1
    case $command in
        *[\"\`\$\\%\&\|]*)
            echo "install-desktop-entry.sh: the path may not contain \" \` \$ \\ % & or |:" \
                "$command" >&2
            exit 1
            ;;
    esac
    mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" \
        "$DATA_HOME/icons/hicolor/scalable/apps"
    # The desktop entry spec wants arguments with spaces in double quotes.
    sed "s|^Exec=glute-timer|Exec=\"$command\"|" "$HERE/$APP_ID.desktop" \
        >"$DATA_HOME/applications/$APP_ID.desktop"
    cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
    cp "$HERE/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA_HOME/icons/hicolor/scalable/apps/"
    for size in $ICON_SIZES; do
        mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
        cp "$HERE/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
            "$DATA_HOME/icons/hicolor/${size}x${size}/apps/"
    done
    refresh_caches
    echo "Added Glute Timer to the application menu (it runs $command)."
}

command=""
action=install
while [ $# -gt 0 ]; do
    case $1 in
        --uninstall) action=uninstall ;;
        --exec)
            [ $# -ge 2 ] || { usage >&2; exit 2; }
            command=$2
            shift
            ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

if [ "$action" = uninstall ]; then
    uninstall
else
    [ -n "$command" ] || command=$(find_command)
    install_entry "$command"
fi
