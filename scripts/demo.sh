#!/usr/bin/env bash
# The README's main command: set up, build, create the demo office (dated from today) in a
# fresh store and show the director's fortnight, the assistant's evening review and the
# move-day checklist through spilctl. Extra arguments go to a final spilctl call.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
spilctl="${BUILD_DIR:-build}/platforms/cli/spilctl"
store=${SPIL_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/spil/demo.db}
mkdir -p "$(dirname "$store")"
rm -f "$store" "$store-wal" "$store-shm"
"$spilctl" --db "$store" demo
echo
echo "== The director's fortnight (Maarten Verhoeven, Europe/Amsterdam) =="
"$spilctl" --db "$store" agenda list --person maarten
echo
echo "== Double bookings and prep-time warnings =="
"$spilctl" --db "$store" agenda conflicts --person maarten
echo
echo "== Sanne's end-of-day review (urgent first) =="
"$spilctl" --db "$store" task review --person sanne
echo
echo "== Move day =="
run=$("$spilctl" --db "$store" checklist runs | head -n 1 | cut -d' ' -f1)
"$spilctl" --db "$store" checklist progress "$run"
echo
echo "The demo store is $store; try: $spilctl --db $store --help"
if [ $# -gt 0 ]; then
    "$spilctl" --db "$store" "$@"
fi
