// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// A muted line of parts ("Maarten Verhoeven · ma 16 nov. 16:00") that wraps between its
// parts, never inside one: a name or a date cut over two lines reads as two things.
Label {
    property var parts: []

    text: parts.filter(part => part !== "")
               .map(part => part.replace(/ /g, "\u00a0"))
               .join(" · ")
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.Wrap
}
