// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The steps a letter's state offers the user: the secretary makes the draft, asks for
// approval, and sends it once ready; the director approves or comments, or marks a draft
// he finished himself ready. The PDF whenever there is a text.
Flow {
    id: actions
    required property LetterDetails details
    // Before any step: what was typed and not yet kept goes first.
    signal aboutToAct()
    signal commentRequested()
    signal sendRequested()
    signal pdfRequested()
    // Approve went through: the page offers to take it back.
    signal approved()
    readonly property int letterState: details.letterState
    spacing: Theme.gap

    Button {
        objectName: "makeDraft"
        visible: actions.details.canEdit && actions.letterState === Letter.Notes
        text: qsTr("Make draft")
        highlighted: true
        onClicked: { actions.aboutToAct(); actions.details.makeDraft() }
    }
    Button {
        objectName: "askApproval"
        visible: actions.details.canEdit && !actions.details.isDirector
                 && actions.letterState === Letter.Draft
        text: qsTr("Ask for approval")
        highlighted: true
        onClicked: { actions.aboutToAct(); actions.details.submit() }
    }
    Button {
        objectName: "approve"
        visible: actions.details.isDirector && actions.letterState === Letter.Approval
        text: qsTr("Approve")
        highlighted: true
        onClicked: {
            actions.aboutToAct()
            if (actions.details.approve())
                actions.approved()
        }
    }
    Button {
        objectName: "comment"
        visible: actions.details.isDirector && actions.letterState === Letter.Approval
        text: qsTr("Comment")
        onClicked: { actions.aboutToAct(); actions.commentRequested() }
    }
    Button {
        objectName: "markReady"
        visible: actions.details.isDirector && actions.letterState === Letter.Draft
        text: qsTr("Ready")
        highlighted: true
        onClicked: { actions.aboutToAct(); actions.details.markReady() }
    }
    Button {
        objectName: "markSent"
        visible: actions.details.canEdit && actions.letterState === Letter.Ready
        text: qsTr("Sent …")
        highlighted: true
        onClicked: { actions.aboutToAct(); actions.sendRequested() }
    }
    Button {
        objectName: "pdf"
        visible: actions.details.text !== ""
        text: qsTr("PDF")
        flat: true
        onClicked: { actions.aboutToAct(); actions.pdfRequested() }
    }
}
