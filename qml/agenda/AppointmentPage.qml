import QtQuick
import QtQuick.Controls
import Spil

Page {
    id: page
    objectName: "appointment"
    property string appointmentId
    property double startUtc: 0
    property bool followNext: false
    background: Rectangle { color: Theme.surface }

    AppointmentDetails {
        id: details
        appointmentId: page.appointmentId
        startUtc: page.startUtc
        followNext: page.followNext
    }
    header: PageHeader { title: qsTr("Appointment"); canGoBack: true }
    AppointmentView { id: view; anchors.fill: parent; details: details }

    // what: "move" or "edit", as the page's own buttons do it.
    function change(what) {
        if (what === "move")
            view.move()
        else if (what === "edit")
            view.edit()
    }
}
