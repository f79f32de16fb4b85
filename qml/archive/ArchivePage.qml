// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office's archive: letters, contracts, minutes and reports, found as the words are
// typed (subject, parties, tags, the text of their files; a name spelt nearly when nothing
// matches), also offline. A result opens on where the paper is and its file. On a tablet
// the chosen item stands beside the list.
Page {
    id: page
    objectName: "archive"
    readonly property bool wide: width >= Theme.wideBreakpoint
    property string selectedItem
    readonly property string shownItem: selectedItem !== "" ? selectedItem
                                        : items.count > 0 ? items.idAt(0) : ""
    background: Rectangle { color: Theme.background }

    ArchiveListModel { id: items; objectName: "archiveList"; office: App.office; people: App.people }
    ArchiveDetails {
        id: shown
        objectName: "shownItem"
        office: App.office; people: App.people
        itemId: page.wide ? page.shownItem : ""
    }
    header: PageHeader {
        title: qsTr("Archive")
        subtitle: items.query === "" ? qsTr("%n item(s)", "", items.count)
                                     : qsTr("%n found", "", items.count)
        ToolButton {
            objectName: "addItem"
            visible: items.canEdit
            text: qsTr("New")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("New archive item")
            onClicked: form.openFor("")
        }
    }
    function open(itemId) {
        if (page.wide)
            page.selectedItem = itemId
        else
            Navigation.open("archiveitem", { itemId: itemId })
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            spacing: 0
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 400 : page.width
            TextField {
                id: search
                objectName: "search"
                placeholderText: qsTr("Search subject, party, tag, text …")
                inputMethodHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                Layout.margins: Theme.gap
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onTextChanged: items.query = text
            }
            Label {
                objectName: "nearNames"
                visible: items.nearNames && items.count > 0
                text: qsTr("No exact match; names spelt nearly:")
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }
            ListView {
                id: list
                objectName: "archiveRows"
                bottomMargin: Theme.floatingRoom
                onContentYChanged: FloatingButton.listMoved(list)
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: items
                delegate: ArchiveDelegate {
                    highlighted: page.wide && page.shownItem === itemId
                    onClicked: page.open(itemId)
                }
                PullToRefresh { target: list }
                footer: Item { width: 1; height: 96 }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 64
                    visible: items.count === 0
                    title: items.query === "" ? qsTr("The archive is empty") : qsTr("Nothing found")
                    text: items.query === "" ? qsTr("Add an item with New at the top.")
                                             : qsTr("Try the start of a word, a party or a tag.")
                }
            }
        }
        Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
        ArchiveView {
            objectName: "archiveView"
            visible: page.wide
            details: shown
            Layout.fillWidth: true
            Layout.fillHeight: true
            onEditRequested: form.openFor(shown.itemId)
            onRemoved: function(subject) {
                const id = shown.itemId
                page.selectedItem = ""
                undoBar.show(qsTr("Removed: %1").arg(subject), qsTr("Undo"),
                             function() { items.restore(id) })
            }
            onFileAdded: function(title) { undoBar.show(qsTr("Filed: %1").arg(title)) }
            onFileTakenOff: function(documentId, title) {
                undoBar.show(qsTr("File removed: %1").arg(title), qsTr("Undo"),
                             function() { shown.restoreFile(documentId) })
            }
        }
    }
    ArchiveForm {
        id: form
        objectName: "archiveForm"
        parent: Overlay.overlay
        onSaved: function(itemId) {
            if (page.wide) {
                page.selectedItem = itemId
                shown.reload()
            }
        }
    }
    Snackbar { id: undoBar; objectName: "removeUndo" }
}
