// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// First start: sign in to the office's spil-server, or look around in the demo office
// without any network.
Page {
    id: page
    objectName: "login"
    property string error
    background: Rectangle { color: Theme.primary }

    Connections {
        target: App
        function onLoginFailed(reason) { page.error = reason }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 64

        ColumnLayout {
            id: column
            width: Math.min(page.width - 48, 440)
            x: (page.width - width) / 2
            y: Math.max(32, (page.height - implicitHeight) / 3)
            spacing: Theme.gap

            Label {
                text: "Spil"
                color: "white"
                font.pixelSize: 48
                font.weight: Font.Bold
            }
            Label {
                text: qsTr("One agenda, one set of tasks and checklists for the whole office.")
                color: "#CFD8E3"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.margin
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap
                    Label { text: qsTr("Sign in"); font.pixelSize: Theme.fontTitle; font.weight: Font.DemiBold; color: Theme.text }
                    // Filled once: a failed sign-in must not empty what the user typed.
                    Component.onCompleted: {
                        server.text = App.lastServer
                        user.text = App.lastUser
                    }
                    TextField {
                        id: server
                        objectName: "serverField"
                        placeholderText: qsTr("Server (e.g. spil.example.org)")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: user
                        objectName: "userField"
                        placeholderText: qsTr("User name")
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: password
                        placeholderText: qsTr("Password")
                        echoMode: TextInput.Password
                        Layout.fillWidth: true
                        onAccepted: signIn.clicked()
                    }
                    Label {
                        objectName: "loginError"
                        visible: page.error !== ""
                        text: page.error
                        color: Theme.warning
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        id: signIn
                        text: App.busy ? qsTr("Signing in…") : qsTr("Sign in")
                        enabled: !App.busy && server.text !== "" && user.text !== ""
                        highlighted: true
                        Material.accent: Theme.primary
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                        onClicked: {
                            page.error = ""
                            App.login(server.text, user.text, password.text)
                        }
                    }
                }
            }
            Label {
                text: qsTr("Or try the demo office, offline, as")
                color: "white"
                Layout.topMargin: Theme.margin
            }
            Flow {
                spacing: Theme.gap
                Layout.fillWidth: true
                Repeater {
                    model: [{ role: Person.Director, label: qsTr("Director") },
                            { role: Person.Assistant, label: qsTr("Assistant") },
                            { role: Person.OfficeManager, label: qsTr("Office manager") }]
                    delegate: Button {
                        required property var modelData
                        text: modelData.label
                        Material.background: "white"
                        Material.foreground: Theme.primary
                        height: 56
                        onClicked: App.startDemo(modelData.role)
                    }
                }
            }
        }
    }
}
