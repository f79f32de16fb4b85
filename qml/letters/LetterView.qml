// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// A letter: its state and the director's comment first (what to act on), to whom, the
// director's notes (typed, or dictated with the keyboard's microphone, which types them),
// the text the secretary finishes; the steps its state offers stay at the foot, in reach of
// the thumb however long the letter is.
Item {
    id: view
    required property LetterDetails details
    signal sent(string subject)
    signal removed(string subject)
    signal approved(string subject)
    readonly property bool notesOpen: details.canEdit
                                      && (details.letterState === Letter.Notes
                                          || details.letterState === Letter.Draft)
    readonly property bool textOpen: details.canEdit && details.letterState !== Letter.Notes
                                     && details.letterState !== Letter.Sent

    // What is typed is kept when the field is left, and before any step is taken.
    function keep() {
        if (notesField.text !== view.details.notes && view.notesOpen)
            view.details.saveNotes(notesField.text)
        if (textField.text !== view.details.text && view.textOpen)
            view.details.saveText(textField.text)
    }
    Connections {
        target: view.details
        function onChanged() {
            if (!notesField.activeFocus)
                notesField.text = view.details.notes
            if (!textField.activeFocus)
                textField.text = view.details.text
        }
    }

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bar.top }
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin; y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            EmptyState {
                visible: !view.details.exists
                title: view.details.letterId === "" ? qsTr("Nothing chosen") : qsTr("Not found")
                text: view.details.letterId === "" ? qsTr("Choose a letter from the list.")
                                                   : qsTr("This letter is no longer there.")
                Layout.fillWidth: true
            }
            ColumnLayout {
                visible: view.details.exists
                spacing: 2
                Layout.fillWidth: true
                Label {
                    objectName: "stateText"
                    text: view.details.letterState === Letter.Sent ? view.details.sentText
                                                                    : view.details.stateText
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                }
                Label {
                    objectName: "letterSubject"
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
                objectName: "directorsComment"
                visible: view.details.exists && view.details.comment !== ""
                         && view.details.letterState === Letter.Draft
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Label {
                        text: qsTr("%1's comment").arg(view.details.director)
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                    }
                    Label {
                        text: view.details.comment
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Card {
                visible: view.details.exists
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Label {
                        text: qsTr("To") + " · " + view.details.languageText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        objectName: "addressBlock"
                        text: view.details.addressText
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: view.details.exists
                text: qsTr("Notes of %1").arg(view.details.director)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            TextArea {
                id: notesField
                objectName: "notesField"
                visible: view.details.exists
                readOnly: !view.notesOpen
                text: view.details.notes
                placeholderText: qsTr("Type or dictate the notes")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                onEditingFinished: view.keep()
            }
            Label {
                visible: view.details.exists && view.details.letterState !== Letter.Notes
                text: qsTr("Letter")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            TextArea {
                id: textField
                objectName: "textField"
                visible: view.details.exists && view.details.letterState !== Letter.Notes
                readOnly: !view.textOpen
                text: view.details.text
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
                Layout.minimumHeight: 240
                onEditingFinished: view.keep()
            }
            Button {
                objectName: "removeLetter"
                visible: view.details.exists && view.details.canEdit
                         && view.details.letterState !== Letter.Sent
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
    Rectangle {
        id: bar
        visible: view.details.exists
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: visible ? barColumn.implicitHeight + 2 * Theme.gap : 0
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.divider }
        ColumnLayout {
            id: barColumn
            x: Theme.margin; y: Theme.gap
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Label {
                objectName: "error"
                visible: view.details.error !== ""
                text: view.details.error
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            LetterActions {
                id: actions
                details: view.details
                Layout.fillWidth: true
                onAboutToAct: view.keep()
                onApproved: view.approved(view.details.subject)
                onCommentRequested: { commentField.text = ""; commentDialog.open() }
                onSendRequested: sendDialog.openFor(App.office.today())
                onPdfRequested: {
                    const path = view.details.pdf()
                    if (path !== "")
                        Navigation.open("paper", { source: path, paperTitle: view.details.subject })
                }
            }
        }
    }
    SendDialog {
        id: sendDialog
        objectName: "sendDialog"
        parent: Overlay.overlay
        onChosen: function(via, day) {
            if (view.details.send(via, day))
                view.sent(view.details.subject)
        }
    }
    Dialog {
        id: commentDialog
        objectName: "commentDialog"
        parent: Overlay.overlay
        title: qsTr("Comment for the secretary")
        modal: true
        width: Math.min(parent ? parent.width - 32 : 400, 480)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(24, (parent.height - height) / 4) : 0
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: view.details.sendComment(commentField.text)
        TextArea {
            id: commentField
            objectName: "commentField"
            width: parent.width
            placeholderText: qsTr("What should change (type or dictate)")
            wrapMode: TextEdit.Wrap
        }
    }
}
