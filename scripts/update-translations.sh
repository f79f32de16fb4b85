#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the Dutch translation source from the app's own files (C++ and QML). Qt's
# update_translations target would also parse the large code generated from the QML; this
# reads only what we write. Translate the new entries in qml/i18n/spil_nl.ts (Qt Linguist,
# or by hand); the build compiles it into the app.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
# lupdate 6.4 reads a C++14 digit separator (60'000) as a character literal and hangs:
# the app layer writes 60 * 1000 instead.
"$lupdate" -locations relative -no-obsolete qml -ts qml/i18n/spil_nl.ts
# English keeps only the plural forms ("%n run(s)": "1 run", "2 runs").
"$lupdate" -locations relative -no-obsolete -pluralonly -source-language en -target-language en \
    qml -ts qml/i18n/spil_en.ts
