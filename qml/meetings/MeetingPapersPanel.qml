// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The meeting's papers; one that is in opens in the reader (fetched first when this device
// lacks it), which records that it was read.
ColumnLayout {
    id: panel
    objectName: "meetingPapers"
    property string appointmentId
    property double occurrenceUtc: -1
    readonly property alias model: papers
    visible: papers.count > 0
    spacing: 0

    MeetingPapersModel {
        id: papers
        office: App.office; people: App.people
        appointmentId: panel.appointmentId
        occurrenceUtc: panel.occurrenceUtc
    }
    PaperOpener {
        id: opener
        office: App.office; people: App.people
        onReady: function(path, title, mime, documentId) {
            Navigation.open("paper", { source: path, paperTitle: title, mime: mime,
                                       documentId: documentId })
        }
        onFailed: function(reason) { failure.text = reason }
    }

    SectionLabel { text: qsTr("Papers") }
    Repeater {
        model: papers
        delegate: ItemDelegate {
            id: entry
            required property string title
            required property string itemTitle
            required property string documentId
            required property string stateText
            required property bool late
            required property bool read
            Layout.fillWidth: true
            leftPadding: 0; rightPadding: 0
            enabled: documentId !== "" && !opener.busy
            onClicked: opener.open(documentId)
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: entry.title
                    color: entry.documentId !== "" ? Theme.primary : Theme.text
                    font.pixelSize: Theme.fontBody
                    font.underline: entry.documentId !== ""
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: entry.itemTitle + " · " + entry.stateText
                    color: entry.late ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
    ProgressBar {
        visible: opener.busy
        value: opener.progress
        Layout.fillWidth: true
    }
    Label {
        id: failure
        visible: text !== ""
        color: Theme.warning
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
