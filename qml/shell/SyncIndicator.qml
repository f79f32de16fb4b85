// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Spil

// offline / syncing / n changes waiting / last synced, on every page; a tap syncs now.
ItemDelegate {
    id: indicator
    readonly property int syncState: App.sync.state
    property bool compact: false
    visible: syncState !== SyncStatus.SignedOut
    implicitHeight: Theme.touch
    leftPadding: 10
    rightPadding: 12
    Accessible.name: App.sync.text
    onClicked: App.refresh()

    contentItem: Row {
        spacing: 6
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 10; height: 10; radius: 5
            color: indicator.syncState === SyncStatus.Synced ? "#66BB6A"
                 : indicator.syncState === SyncStatus.Syncing ? "#4FC3F7"
                 : indicator.syncState === SyncStatus.Waiting ? "#FFD54F"
                 : indicator.syncState === SyncStatus.Demo ? "#B0BEC5"
                 : "#EF5350"
            SequentialAnimation on opacity {
                running: indicator.syncState === SyncStatus.Syncing
                loops: Animation.Infinite
                NumberAnimation { to: 0.3; duration: 500 }
                NumberAnimation { to: 1; duration: 500 }
            }
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: indicator.compact ? App.sync.shortText : App.sync.text
            font.pixelSize: Theme.fontSmall
            color: "white"
        }
    }
}
