// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Asking the secretariat: tap a service, say what you need and by when, send. Send stays
// off until a service is chosen and something is typed; after sending the form is empty
// again and says so.
ColumnLayout {
    id: form
    required property ServiceListModel services
    property string serviceId: ""
    property int due: Task.None
    signal sent(string serviceName)
    signal editServicesRequested()
    spacing: Theme.gap

    function send() {
        const name = chosenName()
        if (!services.send(serviceId, what.text, due))
            return
        what.text = ""
        serviceId = ""
        due = Task.None
        form.sent(name)
    }
    function chosenName() {
        for (let i = 0; i < serviceRepeater.count; ++i) {
            const chip = serviceRepeater.itemAt(i)
            if (chip.checked)
                return chip.text
        }
        return ""
    }

    Label {
        text: qsTr("What can the secretariat do for you?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            id: serviceRepeater
            objectName: "serviceChips"
            model: form.services
            delegate: Chip {
                required property string serviceId
                required property string name
                required property string description
                text: name
                checked: form.serviceId === serviceId
                ToolTip.visible: hovered && description !== ""
                ToolTip.text: description
                // From the form's choice, not the chip's own flip: tapping the chosen one
                // clears it.
                onClicked: form.serviceId = form.serviceId === serviceId ? "" : serviceId
            }
        }
        Button {
            objectName: "editServices"
            visible: form.services.keepsList
            text: qsTr("Edit list")
            flat: true
            height: Theme.touch
            onClicked: form.editServicesRequested()
        }
    }
    TextField {
        id: what
        objectName: "requestWhat"
        placeholderText: qsTr("What do you need? (room for 12, train to Brussels ...)")
        Layout.fillWidth: true
        onAccepted: if (sendButton.enabled) form.send()
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: [{ due: Task.None, label: qsTr("No date") },
                        { due: Task.Today, label: qsTr("Today") },
                        { due: Task.Tomorrow, label: qsTr("Tomorrow") },
                        { due: Task.ThisWeek, label: qsTr("This week") }]
                delegate: Chip {
                    required property var modelData
                    text: modelData.label
                    checked: form.due === modelData.due
                    onClicked: form.due = modelData.due
                }
            }
        }
        Button {
            id: sendButton
            objectName: "sendRequest"
            text: qsTr("Send")
            highlighted: true
            enabled: form.serviceId !== "" && what.text.trim() !== ""
            Layout.preferredHeight: Theme.touch
            onClicked: form.send()
        }
    }
}
