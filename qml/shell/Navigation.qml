// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Pages ask for other pages here; only Main.qml turns a request into a page.
QtObject {
    signal openRequested(string page, var params)
    signal backRequested()

    function open(page, params) { openRequested(page, params === undefined ? {} : params) }
    function back() { backRequested() }
}
