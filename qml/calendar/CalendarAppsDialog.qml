// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// Calendar apps (Apple Calendar, Thunderbird, DAVx⁵) that keep the agenda and the tasks in
// sync both ways over CalDAV: a password of its own for each, made here and shown once,
// and revoked here when the device is gone. Revoking asks first: it cannot be undone.
Dialog {
    id: dialog
    objectName: "calendarApps"
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 480, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.margin : 700)
    title: qsTr("Calendar apps")
    standardButtons: Dialog.Close

    AppPasswordList { id: apps; office: App.office; people: App.people }
    onOpened: apps.refresh()
    // The one row whose Revoke waits for a second tap.
    property string confirming: ""

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: !apps.available
                      ? qsTr("Calendar apps need a server, and this is the demo office.")
                      : qsTr("An app such as Apple Calendar, Thunderbird or DAVx⁵ can keep your agenda and tasks in step both ways. Make a password for each app; revoke it when the device is gone.")
            }

            // The password just made: what to type into the app, this once.
            Rectangle {
                objectName: "newAppPassword"
                visible: apps.newPassword !== ""
                Layout.fillWidth: true
                implicitHeight: made.implicitHeight + 2 * Theme.margin
                radius: 8
                color: Theme.background
                border.color: Theme.divider
                ColumnLayout {
                    id: made
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap / 2
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.weight: Font.DemiBold
                        color: Theme.text
                        text: qsTr("Enter this in %1 now: the password is not shown again.").arg(apps.newLabel || qsTr("the app"))
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: apps.davUrl !== ""
                        wrapMode: Text.WrapAnywhere
                        color: Theme.text
                        text: qsTr("Server: %1").arg(apps.davUrl)
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.text
                        text: qsTr("User name: %1").arg(App.lastUser)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: passwordField
                            objectName: "newAppPasswordText"
                            Layout.fillWidth: true
                            readOnly: true
                            selectByMouse: true
                            font.family: "monospace"
                            text: apps.newPassword
                        }
                        Button {
                            flat: true
                            text: qsTr("Copy")
                            onClicked: {
                                passwordField.selectAll()
                                passwordField.copy()
                                passwordField.deselect()
                            }
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: apps.available && !apps.busy && !apps.failed && !apps.davServed
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                text: qsTr("This server does not serve calendar apps yet (CalDAV); the office manager can switch it on.")
            }

            Repeater {
                model: apps
                delegate: RowLayout {
                    required property string appPasswordId
                    required property string label
                    required property string madeText
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            text: label
                        }
                        Label {
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: madeText
                        }
                    }
                    Button {
                        objectName: "revoke-" + appPasswordId
                        flat: dialog.confirming !== appPasswordId
                        enabled: !apps.busy
                        Material.foreground: dialog.confirming === appPasswordId ? Theme.warning : Theme.accent
                        text: dialog.confirming === appPasswordId ? qsTr("Revoke for good") : qsTr("Revoke")
                        Layout.preferredHeight: Theme.touch
                        onClicked: {
                            if (dialog.confirming === appPasswordId) {
                                dialog.confirming = ""
                                apps.revoke(appPasswordId)
                            } else {
                                dialog.confirming = appPasswordId
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: apps.available
                spacing: Theme.gap
                TextField {
                    id: labelField
                    objectName: "appPasswordLabel"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    placeholderText: qsTr("App name (iPad)")
                    onAccepted: makeButton.clicked()
                }
                Button {
                    id: makeButton
                    objectName: "makeAppPassword"
                    enabled: !apps.busy
                    text: qsTr("Make password")
                    Layout.preferredHeight: Theme.touch
                    onClicked: {
                        dialog.confirming = ""
                        apps.add(labelField.text)
                        labelField.text = ""
                    }
                }
            }

            Label {
                objectName: "appsMessage"
                Layout.fillWidth: true
                // Without a server the text above says so already.
                visible: apps.available && apps.message !== ""
                wrapMode: Text.Wrap
                color: apps.failed ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: apps.message
            }
        }
    }
}
