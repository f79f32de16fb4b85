// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The plan inside a budget line (the yearly outing): people times the cost per head, and
// whether that fits in what is left of the line. Changed in place.
ColumnLayout {
    id: plan
    property BudgetListModel budgets
    property string lineId
    property bool hasPlan
    property int people
    property string perHeadText
    property string plannedText
    property bool fits: true
    property string leftText
    property string error
    spacing: 4

    Label {
        objectName: "planSummary"
        text: plan.hasPlan ? qsTr("Planned: %1 people × %2 = %3").arg(plan.people).arg(plan.perHeadText).arg(plan.plannedText)
                           : qsTr("No plan in this line yet")
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "planFit"
        visible: plan.hasPlan
        text: plan.fits ? qsTr("Fits in what is left (%1)").arg(plan.leftText)
                        : qsTr("Does not fit: only %1 is left").arg(plan.leftText)
        color: plan.fits ? Theme.done : Theme.warning
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        SpinBox {
            id: peopleBox
            objectName: "planPeople"
            from: 0; to: 500
            value: plan.people
            editable: true
            Layout.maximumWidth: 140
            Accessible.name: qsTr("People")
        }
        Label { text: "×"; color: Theme.textMuted }
        TextField {
            id: perHead
            objectName: "planPerHead"
            text: plan.perHeadText.replace(/[^0-9.,]/g, "")
            placeholderText: qsTr("per head")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Layout.preferredWidth: 80
        }
        Button {
            objectName: "savePlan"
            text: qsTr("Save")
            flat: true
            Layout.preferredHeight: Theme.touch
            onClicked: plan.error = plan.budgets.setPlan(plan.lineId, peopleBox.value, perHead.text)
        }
    }
    Label {
        visible: plan.error !== ""
        text: plan.error
        color: Theme.warning
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
