// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One appointment on a timeline: time (and home time) on the left, what and where on the
// right; past ones fade, the running one is highlighted, warnings are spelled out.
ItemDelegate {
    id: row
    required property string appointmentId
    required property double startUtc
    required property string title
    required property string timeText
    required property string homeTimeText
    required property string place
    required property string attendees
    required property int kind
    required property bool allDay
    required property bool confidential
    required property bool cancelled
    required property int when
    required property string warning
    required property string kindText
    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    // Past and cancelled rows are quieter in colour, never below AA contrast; what the
    // colours say is also said in words (NOW, the kind, Cancelled, the warning sign).
    readonly property color ink: when === Appointment.Timing.Past || cancelled ? Theme.textMuted : Theme.text
    padding: 0
    background: Rectangle {
        color: row.selected ? "#E8EEF6" : row.when === Appointment.Timing.Now ? Theme.now : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    contentItem: RowLayout {
        spacing: Theme.margin
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 4
            color: row.kind === Appointment.Kind.Presentation ? "#7E57C2"
                 : row.kind === Appointment.Kind.Travel ? "#29B6F6"
                 : row.kind === Appointment.Kind.Prep ? "#FFB300"
                 : row.kind === Appointment.Kind.Personal ? "#90A4AE" : Theme.accent
        }
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: 104
            Layout.fillWidth: false // its wrapping home time fills the column, not the row
            Layout.topMargin: 12
            Layout.bottomMargin: 12
            Label { text: row.timeText; color: row.ink; font.pixelSize: Theme.fontBody - 1; font.weight: Font.Medium }
            Label {
                visible: row.when === Appointment.Timing.Now
                text: qsTr("NOW")
                color: Theme.primary
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
            Label {
                visible: row.homeTimeText !== ""
                // Past midnight at home the weekday comes first and may need a line of its
                // own; the range itself is kept whole.
                text: row.homeTimeText.replace(/ – /g, "\u00a0–\u2060\u00a0")
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.topMargin: 12
            Layout.bottomMargin: 12
            Layout.rightMargin: Theme.margin
            Label {
                text: row.title
                font.pixelSize: Theme.fontBody
                font.strikeout: row.cancelled
                font.weight: Font.Medium
                color: row.ink
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: text !== ""
                text: [row.cancelled ? qsTr("Cancelled") : "", row.kindText, row.confidential ? qsTr("Confidential") : "",
                       row.place, row.attendees].filter(function(s) { return s !== "" }).join(" · ")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.warning !== ""
                text: "⚠ " + row.warning
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
