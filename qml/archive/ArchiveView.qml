// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Spil

// An archived item: where the paper is kept first (what the search is for), then its
// files to open, its parties, tags, contract terms and how long it is kept. Who keeps the
// archive adds a file from the device (the system's file picker) and removes one (the page
// offers Undo).
Flickable {
    id: view
    required property ArchiveDetails details
    signal editRequested()
    signal removed(string subject)
    signal fileAdded(string title)
    signal fileTakenOff(string documentId, string title)
    contentHeight: column.implicitHeight + 2 * Theme.margin

    // The file the picker handed over, filed with the item.
    function addFile(url) {
        const name = decodeURIComponent(url.toString().replace(/^.*\//, ""))
        if (details.attach(url))
            fileAdded(name)
    }
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
                objectName: "reachText"
                visible: view.details.confidential || view.details.restricted
                text: view.details.confidential
                      ? qsTr("Confidential: only %1 and his assistants").arg(view.details.director)
                      : qsTr("Only %1's office: he, his assistants and the office manager").arg(view.details.director)
                color: view.details.confidential ? Theme.warning : Theme.textMuted
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
            delegate: RowLayout {
                required property var modelData
                spacing: Theme.gap
                Layout.fillWidth: true
                Button {
                    objectName: "openFile"
                    text: qsTr("Open %1").arg(modelData.title)
                    font.capitalization: Font.MixedCase
                    highlighted: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: Navigation.open("paper", { documentId: modelData.documentId })
                }
                ToolButton {
                    objectName: "takeOffFile"
                    visible: view.details.canEdit
                    // A glyph, so the file's name keeps the row's width on a phone.
                    text: "✕"
                    Accessible.name: qsTr("Remove file")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove file")
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    onClicked: {
                        // Removing it rebuilds the files, and this row (and the ids it
                        // sees) with them, before the line after it runs.
                        const owner = view
                        const id = modelData.documentId
                        const title = modelData.title
                        if (owner.details.removeFile(id))
                            owner.fileTakenOff(id, title)
                    }
                }
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
                objectName: "attachFile"
                text: qsTr("Add a file")
                onClicked: filePicker.open()
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
        Label {
            objectName: "fileError"
            visible: view.details.exists && view.details.error !== ""
            text: view.details.error
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    FileDialog {
        id: filePicker
        objectName: "filePicker"
        title: qsTr("Add a file to %1").arg(view.details.subject)
        fileMode: FileDialog.OpenFile
        onAccepted: view.addFile(selectedFile)
    }
}
