// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Spil

// offline / syncing / n changes waiting / last synced, on every page. A tap syncs now and
// says what the state means for the user's work: "Offline · 2" alone told nothing of
// whether the two changes were safe.
ItemDelegate {
    id: indicator
    readonly property int syncState: App.sync.state
    property bool compact: false
    visible: syncState !== SyncStatus.SignedOut
    implicitHeight: Theme.touch
    leftPadding: 10
    rightPadding: 12
    Accessible.name: App.sync.text
    onClicked: {
        App.refresh()
        about.open()
    }

    Popup {
        id: about
        objectName: "syncAbout"
        width: Math.min(320, indicator.Window.width - 2 * Theme.margin)
        x: Math.max(indicator.width - width, -indicator.mapToItem(null, 0, 0).x + Theme.margin)
        y: indicator.height
        padding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
        contentItem: Column {
            spacing: 6
            Label {
                width: parent.width
                text: App.sync.text
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "syncExplanation"
                width: parent.width
                text: App.sync.explanation
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: text !== "" && App.sync.state === SyncStatus.Error
                text: App.sync.detail
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }

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
