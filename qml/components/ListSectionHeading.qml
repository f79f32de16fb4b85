// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Spil

// A ListView's section heading. Give it the section through the context property:
//     section.delegate: ListSectionHeading { text: section }
// Not as a required property: ListView in Qt 6.4 reuses a heading for another section by
// setting only the context property, so a required one kept the old text and items stood
// under another section's heading after a filter or a tick from another device.
Rectangle {
    property alias text: label.text
    width: ListView.view ? ListView.view.width : 0
    height: 40
    color: Theme.background
    SectionLabel {
        id: label
        objectName: "sectionText"
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.margin
    }
}
