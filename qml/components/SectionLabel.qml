// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

Label {
    font.pixelSize: Theme.fontSmall
    font.weight: Font.Bold
    font.capitalization: Font.AllUppercase
    color: Theme.textMuted
    Layout.topMargin: Theme.gap
}
