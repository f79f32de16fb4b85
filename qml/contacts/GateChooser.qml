// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// How a contact gets through to one director: three choices side by side, the one that
// holds marked; a rule nobody set says it is the default.
ColumnLayout {
    id: chooser
    required property var gate      // a gateEntry
    property bool editable: true
    signal chosen(int rule)
    spacing: 4
    Layout.fillWidth: true

    Label {
        text: chooser.gate.directorName + (chooser.gate.isDefault ? " · " + qsTr("default") : "")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: [
                { rule: Contact.Gate.Straight, text: qsTr("Straight") },
                { rule: Contact.Gate.ViaAssistant, text: qsTr("Via assistant") },
                { rule: Contact.Gate.Never, text: qsTr("Never") }
            ]
            delegate: Chip {
                required property var modelData
                objectName: "gate" + modelData.rule
                text: (modelData.rule === Contact.Gate.Never && checked ? "⚠ " : "") + modelData.text
                checked: chooser.gate.rule === modelData.rule
                enabled: chooser.editable
                onClicked: {
                    if (chooser.gate.rule !== modelData.rule)
                        chooser.chosen(modelData.rule)
                }
            }
        }
    }
}
