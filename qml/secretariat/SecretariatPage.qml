// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// The secretariat: anyone asks it for a service; the office manager and the assistants see
// its shared queue (not handed on first), the office manager hands a request to a secretary
// with one tap; everyone else sees what they asked and where it stands. On a tablet the
// form stands beside the list; on a phone it heads it.
Page {
    id: page
    objectName: "secretariat"
    readonly property bool wide: width >= Theme.wideBreakpoint
    background: Rectangle { color: Theme.background }

    function editServices() { servicesDialog.openNow() }

    ServiceListModel { id: serviceList; objectName: "serviceList"; office: App.office; people: App.people }
    ServiceRequestListModel { id: requests; objectName: "serviceRequests"; office: App.office; people: App.people }

    header: PageHeader {
        title: qsTr("Secretariat")
        subtitle: !requests.readsQueue ? qsTr("Your requests")
                  : requests.waiting > 0 ? qsTr("Waiting to be handed on: %1").arg(requests.waiting)
                  : qsTr("Everything is handed on")
        ToolButton {
            objectName: "openDistribution"
            visible: requests.handsOn
            text: page.wide ? qsTr("Work distribution") : qsTr("Distribution")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            onClicked: Navigation.open("distribution")
        }
    }

    Component {
        id: formCard
        Card {
            ServiceRequestForm {
                width: parent.width
                services: serviceList
                onSent: function(name) { snackbar.show(qsTr("Sent to the secretariat: %1").arg(name)) }
                onEditServicesRequested: page.editServices()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: page.wide ? Theme.margin : 0
        spacing: Theme.margin
        Loader {
            visible: page.wide
            active: visible
            sourceComponent: formCard
            Layout.preferredWidth: 400
            Layout.alignment: Qt.AlignTop
        }
        ListView {
            id: list
            objectName: "serviceRequestRows"
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(list)
            clip: true
            model: requests
            Layout.fillWidth: true
            Layout.fillHeight: true
            header: ColumnLayout {
                width: list.width
                spacing: 0
                Loader {
                    visible: !page.wide
                    active: visible
                    sourceComponent: formCard
                    Layout.fillWidth: true
                    Layout.margins: Theme.margin
                }
                SectionLabel {
                    text: requests.readsQueue ? qsTr("The queue") : qsTr("What you asked")
                    leftPadding: Theme.margin
                    bottomPadding: 4
                }
            }
            delegate: ServiceRequestDelegate {
                handsOn: requests.handsOn
                secretaries: requests.secretaries
                showRequester: requests.readsQueue
                onHandRequested: function(secretaryId, name) {
                    // Handing on refreshes the list, which may take this delegate (and the
                    // ids it sees) away before the line after it runs.
                    const bar = snackbar
                    const text = qsTr("Handed to %1").arg(name)
                    if (requests.handTo(requestId, secretaryId))
                        bar.show(text)
                }
                onCancelRequested: requests.cancel(requestId)
            }
            footer: EmptyState {
                width: list.width - 64
                x: 32
                visible: requests.count === 0
                height: visible ? implicitHeight + 48 : 0
                title: requests.readsQueue ? qsTr("The queue is empty") : qsTr("Nothing asked yet")
                text: qsTr("Requests to the secretariat appear here.")
            }
            PullToRefresh { target: parent }
            StartAtTop { target: list }
        }
    }
    ServicesDialog {
        id: servicesDialog
        objectName: "servicesDialog"
        parent: Overlay.overlay
    }
    Snackbar { id: snackbar; objectName: "secretariatSnackbar" }
}
