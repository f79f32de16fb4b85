#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's main command: set up, build, start a local spil-server with the demo office
# (dated from today) and the Spil app signed in to it as the assistant (--role picks the
# director or the office manager). A few seconds in, the director hands her an urgent task
# from his own device (spilctl) and it arrives in the app. Without a display the app's pages
# are written as screenshots instead. The server keeps running until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

role=assistant
while [ $# -gt 0 ]; do
    case "$1" in
    --role) role=${2:?--role wants director, assistant or office-manager}; shift 2 ;;
    --role=*) role=${1#--role=}; shift ;;
    *) echo "usage: bash scripts/demo.sh [--role director|assistant|office-manager]" >&2; exit 2 ;;
    esac
done
case "$role" in
director) user=maarten ;;
assistant) user=sanne ;;
office-manager) user=fatima ;;
*) echo "demo: --role wants director, assistant or office-manager" >&2; exit 2 ;;
esac

bash scripts/setup-debian.sh
bash scripts/build.sh
build=${BUILD_DIR:-build}
server="$build/platforms/server/spil-server"
spilctl="$build/platforms/cli/spilctl"
app="$build/platforms/app/spil"
work=${SPIL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/spil/demo}
port=${SPIL_DEMO_PORT:-8470}
url="http://127.0.0.1:$port"
mkdir -p "$work"
rm -rf "$work"/*.db "$work"/*.db-wal "$work"/*.db-shm "$work/app"

"$server" init --db "$work/server.db" --demo
"$server" serve --db "$work/server.db" --listen "127.0.0.1:$port" &
server_pid=$!
pids=("$server_pid")
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
sleep 1

# The director's phone, from which he hands over a task in passing.
echo spil-demo | "$spilctl" --db "$work/maarten.db" login "$url" maarten --device "Maarten's phone"
"$spilctl" --db "$work/maarten.db" sync
hand_over() {
    "$spilctl" --db "$work/maarten.db" task add Tafel reserveren voor de lunch met de wethouder \
        --assignee sanne --urgent --due "$(TZ=Europe/Amsterdam date -d tomorrow +%F)T12:00"
    "$spilctl" --db "$work/maarten.db" sync
}

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "== The Spil app, signed in to $url as $user ($role) =="
    SPIL_PASSWORD=spil-demo "$app" --data "$work/app" --server "$url" --user "$user" &
    pids+=("$!")
    sleep 6
    echo "== Maarten hands Sanne an urgent task from his phone: watch it arrive =="
    hand_over
    echo
    echo "spil-server runs on $url; close the app or press Ctrl-C to stop."
    echo "Every demo user's password is spil-demo; try another role with --role."
    wait "${pids[1]}"
else
    shots="$work/screenshots"
    echo
    echo "No display here: writing the app's pages, signed in as $user, as screenshots to"
    echo "$shots instead (after Maarten has handed Sanne an urgent task)."
    hand_over
    render=("$app")
    command -v xvfb-run >/dev/null && render=(xvfb-run -a -s "-screen 0 1280x1024x24" "$app")
    for size in 400x800 1280x800; do
        QT_QPA_PLATFORM=$(command -v xvfb-run >/dev/null && echo xcb || echo offscreen) \
            SPIL_PASSWORD=spil-demo "${render[@]}" --screenshot "$shots" --size "$size" \
            --role "$role" --server "$url" --user "$user" 2>/dev/null
    done
    echo
    echo "spil-server runs on $url until Ctrl-C. Every demo user's password is spil-demo."
    echo "Sign in from a device with a display: $app --server $url --user $user"
    wait "$server_pid"
fi
