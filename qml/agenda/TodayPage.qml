import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Today for the director: the next appointment on top, the day's timeline below (beside it
// on a tablet), in local time with home time when the two differ. Works offline.
Page {
    id: page
    objectName: "today"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    TimelineModel { id: timeline; days: 1 }
    AppointmentDetails { id: next; followNext: true }

    header: PageHeader {
        title: timeline.title
        subtitle: timeline.subtitle + (timeline.showHomeTime
                  ? " · " + qsTr("%1, home %2").arg(timeline.localZoneLabel).arg(timeline.homeZoneLabel) : "")
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: page.wide ? Theme.margin : 0
        spacing: Theme.margin

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: timeline
            header: Item {
                width: list.width
                height: page.wide ? 0 : phoneCard.implicitHeight + 2 * Theme.margin
                visible: !page.wide
                NextAppointmentCard {
                    id: phoneCard
                    details: next
                    x: Theme.margin; y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    onOpened: Navigation.open("appointment", { followNext: true })
                }
            }
            delegate: TimelineDelegate {
                onClicked: Navigation.open("appointment", { appointmentId: appointmentId, startUtc: startUtc })
            }
            footer: Item { width: 1; height: 96 } // room for the floating buttons
            PullToRefresh { target: list }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: timeline.count === 0
                title: qsTr("A free day")
                text: qsTr("Nothing in the agenda today.")
            }
        }
        NextAppointmentCard {
            visible: page.wide
            details: next
            Layout.preferredWidth: 420
            Layout.alignment: Qt.AlignTop
            onOpened: Navigation.open("appointment", { followNext: true })
        }
    }
}
