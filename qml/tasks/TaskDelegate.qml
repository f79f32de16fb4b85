// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// One task: a big round target strikes it off (so does a swipe to the right); urgent tasks
// are yellow, new delegated ones carry a NEW mark, struck-off ones stay visible, crossed out,
// until the day ends so an accidental tap is easy to undo.
SwipeDelegate {
    id: row
    required property string taskId
    required property string title
    required property string dueText
    required property string homeDueText
    required property bool overdue
    required property bool urgent
    required property bool isNew
    required property bool done
    required property bool moved   // to another day by the review, still in its place
    required property string whoText
    required property string sourceText
    property bool canStrike: true
    property bool canPostpone: false
    property bool selected: false   // open beside the list on a tablet
    signal struck()
    // A tap on the target of a task struck off already: reopening is asked for, never done
    // by the same tap that strikes off (another device may have struck it a moment ago).
    signal reopenAsked()
    signal postponed()
    signal opened()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: 0
    Accessible.name: title
    onClicked: opened()
    swipe.enabled: canStrike && !done
    swipe.left: Rectangle {
        width: parent.width; height: parent.height
        color: Theme.done
        Label {
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.margin
            text: qsTr("Done")
            color: "white"
            font.weight: Font.Bold
        }
    }
    // The inbox keeps a struck task in its place: close the swipe so it shows, crossed out.
    swipe.onCompleted: {
        row.struck()
        swipe.close()
    }
    ListView.onRemove: swipe.close()

    background: Rectangle {
        color: row.selected ? "#E8EEF6" : row.urgent && !row.done ? Theme.urgent : Theme.surface
        Rectangle {
            visible: row.urgent && !row.done
            width: 6; height: parent.height
            color: Theme.urgentBorder
        }
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        AbstractButton {
            id: tick
            objectName: "strike"
            visible: row.canStrike
            Layout.preferredWidth: 56
            Layout.preferredHeight: 56
            Layout.leftMargin: 4
            Accessible.name: row.done ? qsTr("Done") : qsTr("Strike off")
            onClicked: row.done ? row.reopenAsked() : row.struck()
            contentItem: Item {
                Rectangle {
                    anchors.centerIn: parent
                    width: 28; height: 28; radius: 14
                    color: row.done ? Theme.done : "transparent"
                    border.width: 2
                    border.color: row.done ? Theme.done : row.urgent ? "#8A6D00" : "#8A94A3"
                    Label {
                        anchors.centerIn: parent
                        visible: row.done
                        text: "✓"
                        color: "white"
                        font.pixelSize: 16
                        font.bold: true
                    }
                }
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.topMargin: 12
            Layout.bottomMargin: 12
            Layout.leftMargin: row.canStrike ? 0 : Theme.margin
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Rectangle {
                    visible: row.isNew
                    color: Theme.fresh
                    radius: 4
                    implicitWidth: newLabel.implicitWidth + 10
                    implicitHeight: newLabel.implicitHeight + 4
                    Label {
                        id: newLabel
                        anchors.centerIn: parent
                        text: qsTr("NEW")
                        color: "white"
                        font.pixelSize: 11
                        font.bold: true
                    }
                }
                Label {
                    objectName: "title"
                    text: row.title
                    font.pixelSize: Theme.fontBody
                    font.weight: row.isNew ? Font.Bold : Font.Medium
                    font.strikeout: row.done
                    color: row.done ? Theme.textMuted : Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            // The line sits in a box of one line's height: what it says follows the row's
            // width and never feeds back into the layout that sets it.
            Item {
                visible: meta.withHome !== ""
                Layout.fillWidth: true
                implicitHeight: meta.implicitHeight
                Label {
                    id: meta
                    objectName: "meta"
                    readonly property string withoutHome: [row.urgent && !row.done ? qsTr("Urgent") : "",
                        row.dueText !== "" ? (row.overdue ? qsTr("overdue · %1") : qsTr("due %1")).arg(row.dueText) : "",
                        row.whoText, row.sourceText].filter(function(s) { return s !== "" }).join(" · ")
                    readonly property string withHome: row.homeDueText === "" ? withoutHome
                        : [withoutHome, qsTr("home %1").arg(row.homeDueText)]
                          .filter(function(s) { return s !== "" }).join(" · ")
                    // Yellow is not the only sign of urgent: it is said in words too. The time
                    // at home comes last, whole or not at all: "home 2…" would say a wrong time.
                    text: homeFits.width <= width ? withHome : withoutHome
                    width: parent.width
                    color: row.overdue ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    TextMetrics {
                        id: homeFits
                        font: meta.font
                        text: meta.withHome
                    }
                }
            }
        }
        // Once moved it says so, and once struck off it is hidden but keeps its room (the
        // title must not rewrap and move the rows below) and its taps: a quick second tap
        // there neither acts again nor falls through to open the task.
        Button {
            objectName: "notToday"
            visible: row.canPostpone
            opacity: row.done ? 0 : 1
            Accessible.ignored: row.done
            text: row.moved ? qsTr("Moved") : qsTr("Not today")
            flat: true
            Material.foreground: row.moved ? Theme.textMuted : Theme.text
            Layout.rightMargin: 4
            onClicked: if (!row.moved && !row.done) row.postponed()
        }
    }
}
