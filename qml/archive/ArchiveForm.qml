// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// A new archived item, or the edit of one: kind, date, subject, parties and tags, where the
// paper is kept, how long, whether it is confidential, and a contract's term and notice.
Dialog {
    id: dialog
    property bool adding: true
    property int kind: Archive.LetterIn
    // Who may see it: 0 everyone, 1 the director's office (restricted), 2 confidential.
    property int reach: 0
    signal saved(string itemId)
    title: adding ? qsTr("New archive item") : qsTr("Edit archive item")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 32 : 400, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(24, (parent.height - height) / 4) : 0
    standardButtons: Dialog.Save | Dialog.Cancel

    // The form's own view of the item it edits, so that a refused save leaves the page's as
    // it was.
    ArchiveDetails { id: details; objectName: "formDetails"; office: App.office; people: App.people }
    // Whose archive a new item joins: one director is taken without asking; of several (an
    // assistant of two, the office manager) the first stands chosen.
    PeopleModel { id: directors; scope: PeopleModel.Principals; office: App.office; people: App.people }
    property string directorId

    function openFor(itemId) {
        details.itemId = itemId
        dialog.adding = itemId === ""
        const adding = dialog.adding
        const d = details
        kind = adding ? Archive.LetterIn : d.kind
        // Set, not bound: a choice made in the box breaks a binding, and a kind equal to the
        // last one would not re-evaluate it.
        kindBox.currentIndex = kindBox.indexOfValue(kind)
        dateField.text = adding ? App.office.today() : d.date
        subjectField.text = adding ? "" : d.subject
        partiesField.text = adding ? "" : d.parties
        tagsField.text = adding ? "" : d.tags
        cabinetField.text = adding ? "" : d.cabinet
        binderField.text = adding ? "" : d.binder
        shelfField.text = adding ? "" : d.shelf
        keepField.value = adding ? 7 : d.retentionYears
        reach = adding ? 0 : d.confidential ? 2 : d.restricted ? 1 : 0
        startField.text = adding ? "" : d.contractStart
        endField.text = adding ? "" : d.contractEnd
        noticeField.value = adding ? 3 : d.noticeMonths
        directorId = directors.count > 0 ? directors.idAt(0) : ""
        errorLabel.text = ""
        open()
    }
    function save() {
        const ok = details.save(kind, dateField.text, subjectField.text, partiesField.text,
                                tagsField.text, cabinetField.text, binderField.text,
                                shelfField.text, keepField.value, dialog.reach === 2,
                                startField.text, endField.text, noticeField.value,
                                dialog.adding ? dialog.directorId : "", dialog.reach >= 1)
        errorLabel.text = ok ? "" : details.error
        return ok
    }
    onAccepted: {
        if (save())
            saved(details.itemId)
        else
            open()   // a refusal keeps what was typed, with the reason
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight
        implicitHeight: column.implicitHeight
        clip: true
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.gap
            Flow {
                objectName: "archiveDirectors"
                visible: dialog.adding && directors.count > 1
                spacing: Theme.gap
                Layout.fillWidth: true
                Label {
                    text: qsTr("Archive of")
                    color: Theme.textMuted
                    height: Theme.touch
                    verticalAlignment: Text.AlignVCenter
                }
                Repeater {
                    model: directors
                    delegate: Chip {
                        required property string personId
                        required property string name
                        objectName: "archiveOf_" + name.split(" ")[0]
                        text: name
                        checked: dialog.directorId === personId
                        onClicked: dialog.directorId = personId
                    }
                }
            }
            ComboBox {
                id: kindBox
                objectName: "kindBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: Archive.LetterIn, text: qsTr("Letter in") },
                    { value: Archive.LetterOut, text: qsTr("Letter out") },
                    { value: Archive.Contract, text: qsTr("Contract") },
                    { value: Archive.Minutes, text: qsTr("Minutes") },
                    { value: Archive.Report, text: qsTr("Report") }
                ]
                onActivated: dialog.kind = currentValue
            }
            TextField {
                id: subjectField
                objectName: "subjectField"
                placeholderText: qsTr("Subject")
                Layout.fillWidth: true
            }
            TextField {
                id: dateField
                objectName: "dateField"
                placeholderText: qsTr("Date (year-month-day)")
                inputMethodHints: Qt.ImhDate
                Layout.fillWidth: true
            }
            TextField {
                id: partiesField
                objectName: "partiesField"
                placeholderText: qsTr("Parties, separated by commas")
                Layout.fillWidth: true
            }
            TextField {
                id: tagsField
                placeholderText: qsTr("Tags, separated by commas")
                inputMethodHints: Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
            }
            Label { text: qsTr("Where the paper is"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
            RowLayout {
                Layout.fillWidth: true
                TextField { id: cabinetField; objectName: "cabinetField"; placeholderText: qsTr("Cabinet"); Layout.fillWidth: true }
                TextField { id: binderField; placeholderText: qsTr("Binder"); Layout.fillWidth: true }
                TextField { id: shelfField; placeholderText: qsTr("Shelf"); Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Keep (years, 0 = for ever)"); color: Theme.textMuted; Layout.fillWidth: true }
                SpinBox { id: keepField; from: 0; to: 100; editable: true }
            }
            SectionLabel { text: qsTr("Who may see it") }
            Flow {
                objectName: "reachChips"
                spacing: Theme.gap
                Layout.fillWidth: true
                Repeater {
                    model: [{ reach: 0, label: qsTr("Everyone") },
                            { reach: 1, label: qsTr("The director's office") },
                            { reach: 2, label: qsTr("Confidential") }]
                    delegate: Chip {
                        required property var modelData
                        objectName: "reach_" + modelData.reach
                        text: modelData.label
                        checked: dialog.reach === modelData.reach
                        onClicked: dialog.reach = modelData.reach
                    }
                }
            }
            Label {
                text: dialog.reach === 2 ? qsTr("Only the director and his assistants.")
                      : dialog.reach === 1 ? qsTr("The director, his assistants and the office manager.")
                      : qsTr("Everyone in the office.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ColumnLayout {
                visible: dialog.kind === Archive.Contract
                spacing: Theme.gap
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    TextField { id: startField; objectName: "startField"; placeholderText: qsTr("Start"); Layout.fillWidth: true }
                    TextField { id: endField; objectName: "endField"; placeholderText: qsTr("End (empty: until notice)"); Layout.fillWidth: true }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Notice period (months)"); color: Theme.textMuted; Layout.fillWidth: true }
                    SpinBox { id: noticeField; objectName: "noticeField"; from: 0; to: 60; editable: true }
                }
            }
            Label {
                id: errorLabel
                objectName: "formError"
                visible: text !== ""
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
