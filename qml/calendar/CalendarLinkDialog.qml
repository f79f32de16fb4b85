// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The user's agenda in other calendars: the link a phone's calendar subscribes to (made
// or replaced on the server: the old link stops working), the agenda as an .ics file
// handed to another app, and an .ics file handed to this one (file) imported into the
// agenda the pages show.
Dialog {
    id: dialog
    property url file
    objectName: "calendarLink"
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 480, 520)
    title: qsTr("Your calendar elsewhere")
    standardButtons: Dialog.Close

    CalendarLink { id: link; office: App.office; people: App.people }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: link.available
                  ? qsTr("Subscribe to this link in your phone's calendar (iPhone: Settings, Calendar, Accounts, Add Subscribed Calendar; Android: ICSx⁵). Confidential items of others show only as busy.")
                  : qsTr("A calendar link needs a server, and this is the demo office.")
        }
        TextArea {
            objectName: "calendarLinkUrl"
            Layout.fillWidth: true
            visible: link.available
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            text: link.webcalUrl
            placeholderText: qsTr("No link yet")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Button {
                objectName: "calendarLinkReplace"
                visible: link.available
                enabled: !link.busy
                text: link.url === "" ? qsTr("Make link") : qsTr("Replace link")
                onClicked: link.replace()
            }
            Button {
                objectName: "calendarLinkExport"
                flat: true
                text: qsTr("Export .ics")
                onClicked: {
                    const file = link.exportFile()
                    if (file.toString() !== "")
                        Qt.openUrlExternally(file)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.file.toString() !== ""
            wrapMode: Text.Wrap
            text: qsTr("Import %1 into %2's agenda?").arg(dialog.file.toString().split("/").pop()).arg(App.agendaPersonName)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.file.toString() !== ""
            spacing: Theme.gap
            Button {
                objectName: "calendarImport"
                text: qsTr("Import")
                onClicked: {
                    if (link.importFile(dialog.file, false))
                        dialog.file = ""
                }
            }
            Button {
                objectName: "calendarImportRest"
                visible: link.partial
                flat: true
                text: qsTr("Import the rest")
                onClicked: {
                    if (link.importFile(dialog.file, true))
                        dialog.file = ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: link.message !== ""
            wrapMode: Text.Wrap
            color: link.failed ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: link.message
        }
    }
}
