#!/usr/bin/env bash
# The README's main command: set up, build, start a local spil-server with the demo office
# (dated from today) and show two spilctl devices syncing through it: the director hands a
# task to his assistant and it arrives on her device through a poke. The server then keeps
# running until Ctrl-C, for more spilctl commands (printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
build=${BUILD_DIR:-build}
server="$build/platforms/server/spil-server"
spilctl="$build/platforms/cli/spilctl"
work=${SPIL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/spil/demo}
port=${SPIL_DEMO_PORT:-8470}
mkdir -p "$work"
rm -f "$work"/*.db "$work"/*.db-wal "$work"/*.db-shm

"$server" init --db "$work/server.db" --demo
"$server" serve --db "$work/server.db" --listen "127.0.0.1:$port" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
sleep 1
url="http://127.0.0.1:$port"

echo
echo "== Two devices log in: the director's phone and his assistant's phone =="
echo spil-demo | "$spilctl" --db "$work/maarten.db" login "$url" maarten --device "Maarten's phone"
echo spil-demo | "$spilctl" --db "$work/sanne.db" login "$url" sanne --device "Sanne's phone"
"$spilctl" --db "$work/maarten.db" sync
"$spilctl" --db "$work/sanne.db" sync

echo
echo "== The director's fortnight, read on his own device =="
"$spilctl" --db "$work/maarten.db" agenda list --person maarten

echo
echo "== Sanne's phone listens; Maarten hands her a task in passing =="
"$spilctl" --db "$work/sanne.db" watch --seconds 3 &
watcher=$!
sleep 1
"$spilctl" --db "$work/maarten.db" task add Tafel reserveren voor de lunch met de wethouder \
    --assignee sanne --urgent --due "$(date -d tomorrow +%F)T12:00"
"$spilctl" --db "$work/maarten.db" sync
wait $watcher

echo
echo "== Sanne's end-of-day review (urgent first) =="
"$spilctl" --db "$work/sanne.db" task review --person sanne

echo
echo "spil-server runs on $url (Ctrl-C stops it). Every demo user's password is spil-demo."
echo "Try: $spilctl --db $work/sanne.db task done ID && $spilctl --db $work/sanne.db sync"
if [ $# -gt 0 ]; then
    "$spilctl" --db "$work/sanne.db" "$@"
fi
wait $server_pid
