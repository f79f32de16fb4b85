// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

Page {
    id: page
    objectName: "checklist"
    property string runId
    background: Rectangle { color: Theme.surface }
    header: PageHeader { title: qsTr("Checklist"); canGoBack: true }
    ChecklistRunView {
        id: view
        anchors.fill: parent
        runId: page.runId
        onIncidentRequested: incident.open()
    }
    IncidentDialog { id: incident; run: view.run }
}
