// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// "Make room": when the time a more important appointment wants is booked, which of the
// director's lower-priority appointments to move, where each goes, and a message to everyone
// a move concerns (edited here, sent from the user's own mail or pasted from the clipboard).
// One Confirm moves them all and books the new one at once; Undo puts it all back.
Page {
    id: page
    objectName: "bump"
    // The need: whose agenda, what, how long, and the time wanted (its day is searched too
    // when the user asks for it).
    property string ownerId: App.agendaPersonId
    property string needTitle: ""
    property int minutes: 60
    property double startUtc: 0
    property bool wholeDay: false
    // Making room for a request whose window is booked: the need is the request's, and
    // Confirm books it with the moves.
    property string requestId: ""
    background: Rectangle { color: Theme.background }

    function want() {
        if (requestId !== "")
            return
        if (wholeDay)
            proposals.wantDay(startUtc)
        else
            proposals.wantAt(startUtc)
    }
    onWholeDayChanged: want()
    Component.onCompleted: want()

    BumpProposalModel {
        id: proposals
        office: App.office; people: App.people
        ownerId: page.ownerId
        title: page.needTitle
        minutes: page.minutes
        importance: Appointment.Priority.High
        requestId: page.requestId
    }

    header: PageHeader {
        title: qsTr("Make room")
        subtitle: qsTr("for %1").arg(App.nameOf(page.ownerId)) + (proposals.windowText !== "" ? " · " + proposals.windowText : "")
        canGoBack: true
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 96
        clip: true

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2; y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 720)
            spacing: Theme.gap

            TextField {
                objectName: "bumpTitle"
                placeholderText: qsTr("What needs the time (e.g. Bank: takeover)")
                text: proposals.title
                enabled: !proposals.applied && page.requestId === ""
                onTextEdited: proposals.title = text
                Layout.fillWidth: true
            }
            Flow {
                visible: page.requestId === ""
                spacing: Theme.gap
                Layout.fillWidth: true
                Chip {
                    objectName: "bumpAtTime"
                    text: qsTr("At this time")
                    checked: !page.wholeDay
                    enabled: !proposals.applied
                    onClicked: page.wholeDay = false
                }
                Chip {
                    objectName: "bumpWholeDay"
                    text: qsTr("Any time that day")
                    checked: page.wholeDay
                    enabled: !proposals.applied
                    onClicked: page.wholeDay = true
                }
                Chip {
                    objectName: "bumpHigh"
                    text: qsTr("High priority")
                    checked: proposals.importance === Appointment.Priority.High
                    enabled: !proposals.applied
                    onClicked: proposals.importance = Appointment.Priority.High
                }
                Chip {
                    objectName: "bumpNormal"
                    text: qsTr("Normal")
                    checked: proposals.importance === Appointment.Priority.Normal
                    enabled: !proposals.applied
                    onClicked: proposals.importance = Appointment.Priority.Normal
                }
            }
            Label {
                objectName: "noRoom"
                visible: proposals.count === 0
                text: qsTr("No room can be made: what is booked then is as important, or does not move (presentations, travel, prep, personal appointments and recurring ones).")
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SectionLabel { text: qsTr("Proposals"); visible: proposals.count > 0 }
            Repeater {
                model: proposals
                delegate: ItemDelegate {
                    id: proposal
                    required property int index
                    required property string dayText
                    required property string timeText
                    required property string movesText
                    readonly property bool chosen: proposals.selected === index
                    objectName: "proposal" + index
                    Layout.fillWidth: true
                    highlighted: chosen
                    enabled: !proposals.applied || chosen
                    onClicked: proposals.selected = index
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: (proposal.chosen ? "✓ " : "") + proposal.dayText + " · " + proposal.timeText
                            font.weight: proposal.chosen ? Font.Bold : Font.Normal
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Label {
                            text: proposal.movesText
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            SectionLabel { text: qsTr("What moves"); visible: proposals.moves.length > 0 }
            Repeater {
                model: proposals.moves
                delegate: Card {
                    id: move
                    required property var modelData
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        Label {
                            text: move.modelData.title
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: move.modelData.wasText + "  →  " + move.modelData.becomesText
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: move.modelData.withText !== ""
                            text: qsTr("With %1").arg(move.modelData.withText)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            SectionLabel { text: qsTr("Messages"); visible: proposals.messages.length > 0 }
            Label {
                visible: proposals.messages.length > 0
                text: qsTr("Nothing is sent by Spil: edit a message, then send it from your own mail or copy it.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: proposals.messages
                delegate: Card {
                    id: message
                    required property var modelData
                    objectName: "message" + modelData.index
                    Layout.fillWidth: true
                    function edited() { proposals.editMessage(modelData.index, subject.text, body.text) }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.gap
                        Label {
                            text: qsTr("To %1 · %2").arg(message.modelData.name).arg(message.modelData.languageText)
                                  + (message.modelData.email !== "" ? " · " + message.modelData.email : "")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        TextField {
                            id: subject
                            objectName: "subject"
                            text: message.modelData.subject
                            // A long subject shows its beginning, not its end, until typed in.
                            onTextChanged: if (!activeFocus) cursorPosition = 0
                            onTextEdited: message.edited()
                            Layout.fillWidth: true
                        }
                        TextArea {
                            id: body
                            objectName: "body"
                            text: message.modelData.body
                            wrapMode: TextEdit.Wrap
                            onTextChanged: if (activeFocus) message.edited()
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.alignment: Qt.AlignRight
                            Button {
                                objectName: "mailButton"
                                text: qsTr("Mail")
                                flat: true
                                onClicked: Qt.openUrlExternally(proposals.mailtoAt(message.modelData.index))
                            }
                            Button {
                                objectName: "copyButton"
                                text: qsTr("Copy")
                                flat: true
                                onClicked: {
                                    proposals.copyAt(message.modelData.index)
                                    undoBar.show(qsTr("Message copied."))
                                }
                            }
                        }
                    }
                }
            }
            Label {
                objectName: "bumpError"
                visible: proposals.error !== ""
                text: proposals.error
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "confirmBump"
                visible: proposals.count > 0
                text: proposals.applied ? qsTr("Done") : qsTr("Confirm: move %1 and book").arg(proposals.moves.length)
                highlighted: true
                Material.accent: Theme.primary
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                Layout.topMargin: Theme.gap
                onClicked: {
                    if (proposals.applied) {
                        Navigation.back()
                        return
                    }
                    if (proposals.confirm())
                        undoBar.show(qsTr("Room made: %1 moved.").arg(proposals.moves.length), qsTr("Undo"),
                                     function() { proposals.undo() })
                }
            }
        }
    }
    Snackbar { id: undoBar; objectName: "bumpUndo" }
}
