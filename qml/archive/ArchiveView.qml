// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// An archived item: where the paper is kept first (what the search is for), then its
// files to open, its parties, tags, contract terms and how long it is kept.
Flickable {
    id: view
    required property ArchiveDetails details
    signal editRequested()
    signal removed(string subject)
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true

    ColumnLayout {
        id: column
        x: Theme.margin; y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.margin

        EmptyState {
            visible: !view.details.exists
            title: view.details.itemId === "" ? qsTr("Nothing chosen") : qsTr("Not found")
            text: view.details.itemId === "" ? qsTr("Choose an item from the list.")
                                             : qsTr("This item is no longer in the archive.")
            Layout.fillWidth: true
        }
        ColumnLayout {
            visible: view.details.exists
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: view.details.kindText + " · " + view.details.dateText
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
            Label {
                objectName: "itemSubject"
                text: view.details.subject
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: view.details.confidential
                text: qsTr("Confidential: only %1 and his assistants").arg(view.details.director)
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Card {
            objectName: "paperLocation"
            visible: view.details.exists
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: 2
                Label { text: qsTr("Paper"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label {
                    objectName: "locationText"
                    text: view.details.locationText
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Repeater {
            model: view.details.exists ? view.details.files : []
            delegate: Button {
                required property var modelData
                objectName: "openFile"
                text: qsTr("Open %1").arg(modelData.title)
                font.capitalization: Font.MixedCase
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onClicked: Navigation.open("paper", { documentId: modelData.documentId })
            }
        }
        Label {
            visible: view.details.exists && view.details.files.length === 0
            text: qsTr("No digital file")
            color: Theme.textMuted
        }
        DetailRow { label: qsTr("Parties"); value: view.details.parties; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Tags"); value: view.details.tags; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Term"); value: view.details.termText; visible: view.details.exists && value !== "" }
        DetailRow { objectName: "noticeRow"; label: qsTr("Notice"); value: view.details.noticeText; visible: view.details.exists && value !== "" }
        DetailRow { label: qsTr("Director"); value: view.details.director; visible: view.details.exists }
        DetailRow { label: qsTr("Retention"); value: view.details.retentionText; visible: view.details.exists }
        Flow {
            visible: view.details.exists && view.details.canEdit
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Button {
                objectName: "editItem"
                text: qsTr("Edit")
                onClicked: view.editRequested()
            }
            Button {
                objectName: "removeItem"
                text: qsTr("Remove")
                flat: true
                Material.foreground: Theme.warning
                onClicked: {
                    const subject = view.details.subject
                    if (view.details.remove())
                        view.removed(subject)
                }
            }
        }
    }
}
