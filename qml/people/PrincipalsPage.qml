// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The admin's page: whom each assistant serves. Directors are chips to tap; "Save" sends
// one assistant's directors to the server at once, and the page says what came of it. It
// needs the server: an assistant's directors decide which confidential items reach her.
Page {
    id: page
    objectName: "principals"
    background: Rectangle { color: Theme.background }

    PrincipalsModel { id: principals; office: App.office; people: App.people }

    header: PageHeader {
        title: qsTr("Assistants")
        subtitle: qsTr("Whom each assistant serves")
        canGoBack: true
    }

    ListView {
        id: list
        anchors.fill: parent
        visible: principals.allowed
        clip: true
        spacing: Theme.gap
        topMargin: Theme.margin
        bottomMargin: Theme.margin
        model: principals

        header: Item {
            width: list.width
            height: status.visible ? status.height + Theme.gap : hint.implicitHeight + Theme.gap
            Label {
                id: hint
                visible: !status.visible
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(list.width - 2 * Theme.margin, 720)
                text: qsTr("Tap the directors an assistant works for, then Save: the server changes it at once, and her devices fetch her directors' agendas anew.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Rectangle {
                id: status
                visible: principals.message !== "" || principals.busy
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(list.width - 2 * Theme.margin, 720)
                height: statusRow.implicitHeight + 2 * Theme.gap + 4
                radius: Theme.radius
                color: principals.failed ? Theme.warningSoft : Theme.now
                border.color: principals.failed ? Theme.warning : Theme.divider
                RowLayout {
                    id: statusRow
                    anchors.fill: parent
                    anchors.margins: Theme.gap + 2
                    spacing: Theme.gap
                    BusyIndicator {
                        visible: principals.busy
                        running: principals.busy
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    Label {
                        text: principals.busy ? qsTr("Saving on the server…")
                                              : (principals.failed ? "⚠ " : "✓ ") + principals.message
                        color: principals.failed ? Theme.warning : Theme.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody - 1
                        Layout.fillWidth: true
                    }
                }
            }
        }

        delegate: Card {
            id: card
            required property int index
            required property string name
            required property string servesText
            required property var serves
            required property bool changed
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.margin, 720)

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.gap / 2
                Label {
                    text: card.name
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    text: card.servesText + (card.changed ? " · " + qsTr("not saved") : "")
                    color: card.changed ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap / 2
                    Repeater {
                        model: principals.directors
                        delegate: Chip {
                            required property var modelData
                            text: modelData.firstName
                            // The model alone says on or off: Undo and a save's answer too.
                            checked: card.serves.indexOf(modelData.personId) >= 0
                            enabled: !principals.busy
                            Accessible.name: qsTr("%1 serves %2").arg(card.name).arg(modelData.name)
                            onClicked: principals.toggle(card.index, modelData.personId)
                        }
                    }
                }
                RowLayout {
                    visible: card.changed
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Item { Layout.fillWidth: true }
                    Button {
                        flat: true
                        text: qsTr("Undo")
                        enabled: !principals.busy
                        Layout.preferredHeight: Theme.touch
                        onClicked: principals.revert(card.index)
                    }
                    Button {
                        highlighted: true
                        text: qsTr("Save")
                        enabled: !principals.busy
                        Layout.preferredHeight: Theme.touch
                        Material.accent: Theme.primary
                        onClicked: principals.save(card.index)
                    }
                }
            }
        }

        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 64
            visible: principals.count === 0
            title: qsTr("No assistants")
            text: qsTr("Assistants appear here once they have an account.")
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 64
        visible: !principals.allowed
        title: qsTr("For administrators")
        text: qsTr("Only an administrator, signed in to the server, changes whom an assistant serves.")
    }
}
