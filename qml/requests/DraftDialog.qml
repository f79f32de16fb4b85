// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The message drafted for who asked, in their language, to edit before it leaves: Send by
// mail opens the device's own mail with it (a mailto: link), Copy puts it on the
// clipboard. The action it answers (decline, defer, offer times) is taken then, not before;
// nothing is sent by Spil itself.
Dialog {
    id: dialog
    objectName: "draftDialog"
    property RequestDetails details
    // What sending or copying does first; returns false when refused (null: nothing).
    property var action: null
    signal done()
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.margin : 640, 640)
    title: qsTr("Message to %1").arg(details ? details.who : "")

    function openFor(kind, action) {
        dialog.action = action
        details.draft(kind)
        subjectField.text = details.draftSubject
        subjectField.cursorPosition = 0  // a long subject shows its beginning
        bodyArea.text = details.draftBody
        open()
    }
    function finish(send) {
        if (dialog.action && !dialog.action())
            return
        if (send)
            Qt.openUrlExternally(details.mailUrl(subjectField.text, bodyArea.text))
        else
            details.copy(subjectField.text, bodyArea.text)
        close()
        done()
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        TextField {
            id: subjectField
            objectName: "draftSubject"
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: bodyArea
                objectName: "draftBody"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody - 1
            }
        }
        Label {
            visible: dialog.details && dialog.details.error !== ""
            text: dialog.details ? dialog.details.error : ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "draftCancel"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "draftCopy"
            text: qsTr("Copy")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.finish(false)
        }
        Button {
            objectName: "draftSend"
            text: qsTr("Send by mail")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.finish(true)
        }
    }
}
