#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the screenshots in docs/screenshots: every page the docs show, at phone (400x800)
# and tablet (1280x800) size, in English and Dutch, on a Monday morning of the demo office,
# under Xvfb (the offscreen platform drops Material's elevation effects). Needs a build
# (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${BUILD_DIR:-build}/platforms/app/spil
out=${1:-docs/screenshots}
now=2026-11-30T10:15
mkdir -p "$out"
render() {
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --screenshot "$out" \
        --now "$now" "$@" >/dev/null
}
# Each run writes over what it renders and leaves the other files alone.
for lang in en nl; do
    for size in 400x800 1280x800; do
        at=(--lang "$lang" --size "$size" --zone Europe/Amsterdam)
        render "${at[@]}" --role director --page today --page week --page appointment \
            --page decisions --page requests --page request
        # The letters, and the one waiting for his approval as he approves it.
        render "${at[@]}" --role director --page letters --page letter
        # Abroad: the day in New York time with the time at home beside it.
        render --lang "$lang" --size "$size" --zone America/New_York --role director \
            --page today --label new-york
        # Her tasks there: a due time says when it is at home too, where the row has room.
        render --lang "$lang" --size "$size" --zone America/New_York --role assistant \
            --page tasks --label new-york
        render "${at[@]}" --role assistant \
            --page login --page tasks --page capture --page calendar --page calendarapps \
            --page files --page task --page review --page week \
            --page booking --page move --page edit --page meeting --page minutes --page bump \
            --page contacts --page contact --page requests --page request --page makeroom \
            --page archive --page archiveitem \
            --page letters --page letter
        render "${at[@]}" --role office-manager \
            --page checklists --page checklist --page reception --page supplies --page orders \
            --page quotes --page budgets --page personnel --page secretariat --page distribution \
            --page services
        render "${at[@]}" --role staff --page secretariat
    done
done
ls "$out" | wc -l
