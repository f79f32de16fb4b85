// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Spil

// One request on a phone, on top of the queue or the director's decisions.
Page {
    id: page
    objectName: "request"
    property string requestId
    background: Rectangle { color: Theme.surface }

    RequestDetails {
        id: details
        objectName: "details"
        office: App.office; people: App.people
        requestId: page.requestId
    }
    header: PageHeader { title: qsTr("Request"); canGoBack: true }
    RequestView { anchors.fill: parent; details: details }
}
