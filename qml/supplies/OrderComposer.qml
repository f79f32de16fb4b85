// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// Orders the low stock: each low item with its suggested quantity (changed with a tap or
// set to zero), the budget line to charge; one order per supplier, placed at once. "All
// items" lists the rest of the stock too, at zero, for an order of what is not low yet.
Dialog {
    id: composer
    objectName: "orderComposer"
    property OrderListModel orders
    signal placed(int count)
    title: low.lowOnly ? qsTr("Order low stock") : qsTr("Order supplies")
    modal: true
    // A stray tap beside the form loses nothing typed: Cancel (or Escape) closes it.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 480, 520)
    height: Math.min(parent ? parent.height - 64 : 600, 600)
    // The quantity chosen per item id; starts at the suggestion.
    property var quantities: ({})
    readonly property bool anyToOrder: {
        for (let i = 0; i < low.count; ++i) {
            if ((quantities[low.idAt(i)] || 0) > 0)
                return true
        }
        return false
    }

    SupplyListModel { id: low; objectName: "composerItems"; office: App.office; people: App.people; lowOnly: !allItems.checked }
    BudgetListModel { id: lines; office: App.office; people: App.people }

    onAboutToShow: {
        allItems.checked = false
        // Nothing low: the whole stock, for an order of what is not low yet.
        if (low.count === 0)
            allItems.checked = true
        const q = {}
        for (let i = 0; i < low.count; ++i)
            q[low.idAt(i)] = low.suggestedAt(i)
        quantities = q
    }
    function place() {
        // Only what the list shows: an item set and then hidden again is not ordered.
        const ids = []
        const counts = []
        for (let i = 0; i < low.count; ++i) {
            const id = low.idAt(i)
            if ((quantities[id] || 0) > 0) {
                ids.push(id)
                counts.push(quantities[id])
            }
        }
        const n = orders.orderItems(lineChoice.currentValue, ids, counts)
        if (n > 0) {
            placed(n)
            close()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Switch {
            id: allItems
            objectName: "allItems"
            text: qsTr("All items")
        }
        Label { text: qsTr("Charge to"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
        ComboBox {
            id: lineChoice
            objectName: "budgetLine"
            model: lines
            textRole: "name"
            valueRole: "lineId"
            Layout.fillWidth: true
        }
        ListView {
            objectName: "composerRows"
            model: low
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: RowLayout {
                id: item
                required property string itemId
                required property string name
                required property string unit
                required property var stock
                required property var onOrder
                width: ListView.view.width
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label { text: item.name; font.pixelSize: Theme.fontBody; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label {
                        text: qsTr("%1 %2 left, %3 on order").arg(item.stock).arg(item.unit).arg(item.onOrder)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                SpinBox {
                    objectName: "quantity"
                    from: 0; to: 999
                    value: composer.quantities[item.itemId] || 0
                    onValueModified: {
                        const q = composer.quantities
                        q[item.itemId] = value
                        composer.quantities = q
                    }
                }
            }
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "placeOrders"
            text: qsTr("Place orders")
            highlighted: true
            enabled: lineChoice.currentIndex >= 0 && composer.anyToOrder
            onClicked: composer.place()
        }
        Button { text: qsTr("Cancel"); flat: true; onClicked: composer.close() }
    }
}
