// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One request: what it asks and of whom, and the triage. The assistant books one of the
// free times offered with one tap, offers them, declines or defers with a drafted message,
// or forwards it to the director; the director accepts or declines what was forwarded.
Flickable {
    id: view
    property RequestDetails details
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        x: Theme.margin; y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.margin
        visible: view.details && view.details.exists

        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true
            RowLayout {
                spacing: Theme.gap
                ImportanceBadge {
                    importance: view.details ? view.details.importance : Request.Normal
                    text: view.details ? view.details.importanceText : ""
                }
                Label {
                    text: view.details ? view.details.stateText : ""
                    color: Theme.primary
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Label {
                    text: view.details ? "· " + view.details.waitingText : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                text: view.details ? view.details.subject : ""
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: text !== ""
                objectName: "decisionText"
                text: view.details ? view.details.decisionText
                                     + (view.details.decisionNote !== "" ? " — " + view.details.decisionNote : "") : ""
                // A no must not read like a yes.
                color: view.details && view.details.decision === Request.Decision.Rejected ? Theme.warning : Theme.accent
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.gap
            Layout.fillWidth: true
            DetailRow {
                label: qsTr("Who asks")
                value: view.details ? view.details.who + (view.details.organisation !== ""
                                      ? " · " + view.details.organisation : "") : ""
            }
            DetailRow { label: qsTr("For"); value: view.details ? view.details.directorName : "" }
            DetailRow { label: qsTr("How long"); value: view.details ? view.details.minutesText : "" }
            DetailRow { label: qsTr("Between"); value: view.details ? view.details.windowText : "" }
            DetailRow {
                visible: value !== ""
                label: qsTr("Via")
                value: view.details ? view.details.viaName : ""
            }
            DetailRow { label: qsTr("Language"); value: view.details ? view.details.languageText : "" }
            DetailRow {
                visible: value !== ""
                label: qsTr("Gate")
                value: view.details ? view.details.gateText : ""
                Layout.columnSpan: 2
            }
            DetailRow {
                visible: value !== ""
                label: qsTr("Scheduled")
                value: view.details ? view.details.scheduledText : ""
            }
        }
        Label {
            visible: text !== ""
            text: view.details ? view.details.error : ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        SectionLabel {
            visible: view.details && view.details.canSchedule
            text: view.details && view.details.slots.length > 0 ? qsTr("Free times — tap one to book it")
                                                                : qsTr("No free time in the window")
        }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: view.details && view.details.canSchedule ? view.details.slots : []
                delegate: Button {
                    required property var modelData
                    required property int index
                    objectName: "slot" + index
                    text: modelData.text
                    font.capitalization: Font.MixedCase
                    height: Theme.touch
                    onClicked: {
                        if (view.details.schedule(index))
                            draft.openFor(Request.Message.Confirmation, null)
                    }
                }
            }
        }
        // The window is booked: less important appointments may move for it.
        Label {
            visible: makeRoom.visible
            text: qsTr("Spil can propose which less important appointments to move for it.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            id: makeRoom
            objectName: "makeRoom"
            visible: view.details !== null && view.details.canMakeRoom
            text: qsTr("Make room")
            onClicked: Navigation.open("bump", { requestId: view.details.requestId })
        }
        Flow {
            visible: view.details && view.details.canTriage
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                objectName: "proposeButton"
                visible: view.details && view.details.canSchedule && view.details.slots.length > 0
                text: qsTr("Offer these times")
                onClicked: draft.openFor(Request.Message.Offer, function() { return view.details.propose() })
            }
            Button {
                objectName: "forwardButton"
                visible: view.details && view.details.canForward
                text: qsTr("Forward to %1").arg(view.details ? view.details.directorName : "")
                onClicked: {
                    const requestId = view.details.requestId
                    const before = view.details.state
                    if (view.details.forward())
                        decidedBar.show(qsTr("Forwarded to %1").arg(view.details.directorName), qsTr("Undo"),
                                        function() { view.details.takeBack(requestId, before) })
                }
            }
            Button {
                objectName: "deferButton"
                text: qsTr("Defer")
                flat: true
                onClicked: draft.openFor(Request.Message.Postponement, function() { return view.details.defer() })
            }
            Button {
                objectName: "declineButton"
                text: qsTr("Decline")
                flat: true
                onClicked: draft.openFor(Request.Message.Refusal, function() { return view.details.decline() })
            }
        }
        // After the message with Undo has gone: his word is still his to change until his
        // assistant acts on it.
        Button {
            objectName: "changeDecision"
            visible: view.details !== null && view.details.canChangeDecision
            text: qsTr("Change my answer")
            flat: true
            onClicked: view.details.undecide(view.details.requestId)
        }
        DecisionBar {
            visible: view.details && view.details.canDecide
            details: view.details
            Layout.fillWidth: true
            // A tap on the wrong button is taken back, as every action is.
            onDecided: function(accept) {
                const requestId = view.details.requestId
                decidedBar.show((accept ? qsTr("Accepted: %1") : qsTr("Declined: %1")).arg(view.details.subject),
                                qsTr("Undo"), function() { view.details.undecide(requestId) })
            }
        }
    }
    DraftDialog { id: draft; parent: Overlay.overlay; details: view.details }
    Snackbar { id: decidedBar; objectName: "requestDecidedBar" }
}
