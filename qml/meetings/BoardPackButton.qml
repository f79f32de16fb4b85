// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// "Board pack": one PDF of the meeting's agenda and papers, made on the device from the
// papers it holds (fetching those it lacks, with progress) and opened in the reader.
ColumnLayout {
    id: root
    property string appointmentId
    property double occurrenceUtc: -1
    spacing: 4

    BoardPackMaker {
        id: maker
        office: App.office; people: App.people
        appointmentId: root.appointmentId
        occurrenceUtc: root.occurrenceUtc
        onMade: function(path, itemStarts, title) {
            Navigation.open("paper", { source: path, itemStarts: itemStarts,
                                       paperTitle: qsTr("Board pack: %1").arg(title) })
        }
    }

    Button {
        objectName: "boardPack"
        text: maker.busy ? qsTr("Making the board pack…") : qsTr("Board pack")
        enabled: !maker.busy
        flat: true
        onClicked: maker.make()
    }
    ProgressBar {
        visible: maker.busy
        value: maker.progress
        Layout.fillWidth: true
    }
    Label {
        visible: maker.busy && maker.statusText !== ""
        text: maker.statusText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
}
