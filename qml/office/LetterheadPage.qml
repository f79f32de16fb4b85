// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office's letterhead: its name and address lines, where letters are dated from and
// how they close, with the top of a letter as it will print, live as it is typed. The
// office manager and an admin save it for every device of the office, with undo; everyone
// else reads it.
Page {
    id: page
    objectName: "letterhead"
    background: Rectangle { color: Theme.background }
    readonly property bool wide: width >= Theme.wideBreakpoint
    // Typed here and not saved: a sync then leaves the fields alone.
    property bool editing: false
    readonly property bool dirty: {
        // What is saved changes the answer too (a save, its undo, a sync).
        details.officeName; details.addressText; details.place; details.personal
        return details.differs(nameField.text, addressField.text, placeField.text,
                               personalButton.checked)
    }

    LetterheadDetails {
        id: details
        objectName: "letterheadDetails"
        office: App.office
        people: App.people
        onChanged: if (!page.editing) page.fill()
    }

    function fill() {
        nameField.text = details.officeName
        addressField.text = details.addressText
        placeField.text = details.place
        personalButton.checked = details.personal
        formalButton.checked = !details.personal
    }
    function save() {
        if (!details.save(nameField.text, addressField.text, placeField.text,
                          personalButton.checked))
            return
        fill()
        editing = false
        undoBar.show(qsTr("Letterhead saved for the whole office"), qsTr("Undo"), function() {
            details.undoSave()
            page.fill()
            page.editing = false
        })
    }
    Component.onCompleted: fill()

    header: PageHeader {
        title: qsTr("Letterhead")
        subtitle: qsTr("On letters, minutes and the visitor list")
        canGoBack: true
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: grid.implicitHeight + 2 * Theme.margin
        clip: true

        GridLayout {
            id: grid
            x: (flick.width - width) / 2
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 1040)
            columns: page.wide ? 2 : 1
            columnSpacing: 2 * Theme.margin
            rowSpacing: Theme.margin

            // The top of a letter as it prints: on a phone above the fields, on a tablet
            // beside them.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.row: 0
                Layout.column: page.wide ? 1 : 0
                Layout.preferredWidth: 1
                spacing: Theme.gap
                SectionLabel { text: qsTr("Preview") }
                Rectangle {
                    objectName: "letterPreview"
                    Layout.fillWidth: true
                    implicitHeight: paper.implicitHeight + 2 * 28
                    color: Theme.surface
                    border.color: Theme.divider
                    radius: 4
                    ColumnLayout {
                        id: paper
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 28
                        spacing: 2
                        Label {
                            objectName: "previewName"
                            text: nameField.text.trim() !== "" ? nameField.text.trim()
                                                               : qsTr("Office name")
                            color: nameField.text.trim() !== "" ? Theme.accent : Theme.divider
                            font.pixelSize: 19
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "previewAddress"
                            text: details.printedAddress(addressField.text)
                            visible: text !== ""
                            color: Theme.textMuted
                            font.pixelSize: 11
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Rectangle {
                            color: Theme.divider
                            implicitHeight: 1
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.gap
                        }
                        // Where the recipient's address goes in a window envelope.
                        Repeater {
                            model: [0.45, 0.35, 0.4]
                            delegate: Rectangle {
                                required property real modelData
                                color: Theme.background
                                radius: 2
                                implicitHeight: 8
                                implicitWidth: paper.width * modelData
                                Layout.topMargin: index === 0 ? 24 : 4
                                required property int index
                            }
                        }
                        Label {
                            objectName: "previewPlaceAndDate"
                            text: details.placeAndDate(placeField.text)
                            color: Theme.text
                            font.pixelSize: 13
                            Layout.topMargin: 24
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Closing of English letters: %1")
                                  .arg(details.closing(personalButton.checked))
                            color: Theme.textMuted
                            font.pixelSize: 11
                            font.italic: true
                            wrapMode: Text.Wrap
                            Layout.topMargin: 16
                            Layout.fillWidth: true
                        }
                    }
                }
                Label {
                    visible: !details.officeSet
                    text: qsTr("The office has not set its letterhead yet: this device prints what it kept itself.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.row: page.wide ? 0 : 1
                Layout.column: 0
                Layout.preferredWidth: 1
                spacing: Theme.gap

                Label {
                    visible: !details.canEdit
                    text: qsTr("Only the office manager changes the letterhead.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                SectionLabel { text: qsTr("Office") }
                TextField {
                    id: nameField
                    objectName: "nameField"
                    placeholderText: qsTr("Office name")
                    readOnly: !details.canEdit
                    Layout.fillWidth: true
                    onTextEdited: page.editing = true
                }
                TextArea {
                    id: addressField
                    objectName: "addressField"
                    placeholderText: qsTr("Address, one line each (street, postcode and town, phone)")
                    readOnly: !details.canEdit
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    onTextChanged: if (activeFocus) page.editing = true
                }
                SectionLabel { text: qsTr("Letters") }
                TextField {
                    id: placeField
                    objectName: "placeField"
                    placeholderText: qsTr("Place letters are dated from")
                    readOnly: !details.canEdit
                    Layout.fillWidth: true
                    onTextEdited: page.editing = true
                }
                RadioButton {
                    id: formalButton
                    objectName: "formalButton"
                    text: qsTr("Formal")
                    enabled: details.canEdit
                    onToggled: page.editing = true
                }
                RadioButton {
                    id: personalButton
                    objectName: "personalButton"
                    text: qsTr("Personal")
                    enabled: details.canEdit
                    onToggled: page.editing = true
                }
                Label {
                    text: qsTr("Dutch letters always use the formal “u”; the style sets how English letters close.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "letterheadError"
                    visible: details.error !== ""
                    text: "⚠ " + details.error
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: details.canEdit
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Item { Layout.fillWidth: true }
                    Button {
                        flat: true
                        text: qsTr("Reset")
                        enabled: page.dirty
                        Layout.preferredHeight: Theme.touch
                        onClicked: {
                            page.fill()
                            page.editing = false
                        }
                    }
                    Button {
                        objectName: "saveButton"
                        highlighted: true
                        text: qsTr("Save")
                        enabled: page.dirty && nameField.text.trim() !== ""
                        Layout.preferredHeight: Theme.touch
                        Material.accent: Theme.primary
                        onClicked: page.save()
                    }
                }
            }
        }
    }
    Snackbar { id: undoBar; objectName: "letterheadUndo" }
}
