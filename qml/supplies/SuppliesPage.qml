// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Spil

// The office manager's supplies: the stock with low items first, the orders (received with
// one tap, undoable), and bigger purchases with their quotes side by side. On a tablet the
// stock stands beside the orders and quotes; on a phone each has a tab.
Page {
    id: page
    objectName: "supplies"
    readonly property bool wide: width >= Theme.wideBreakpoint
    // Named apart from the stock model: a row's own "stock" is its count.
    readonly property bool keepsStock: stock.canEdit
    background: Rectangle { color: Theme.background }

    SupplyListModel { id: stock; objectName: "stockList"; office: App.office; people: App.people }
    OrderListModel { id: orders; objectName: "orderList"; office: App.office; people: App.people }
    PurchaseListModel { id: purchases; objectName: "purchaseList"; office: App.office; people: App.people }

    header: PageHeader {
        title: qsTr("Supplies")
        subtitle: stock.lowCount > 0 ? qsTr("%n item(s) low", "", stock.lowCount) : qsTr("Stock is fine")
        ToolButton {
            objectName: "orderLow"
            visible: stock.canEdit
            text: !page.wide ? qsTr("Order")
                  : stock.lowCount > 0 ? qsTr("Order low stock") : qsTr("Order supplies")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            onClicked: composer.open()
        }
        ToolButton {
            objectName: "newItem"
            visible: page.keepsStock && page.wide
            text: qsTr("New item")
            font.weight: Font.DemiBold
            Layout.preferredHeight: Theme.touch
            onClicked: itemDialog.openFor("")
        }
    }

    // What the tabs show: 0 stock, 1 orders, 2 quotes; on a tablet the stock is always there.
    readonly property int shown: page.wide ? wideTabs.currentIndex + 1 : phoneTabs.currentIndex
    // The tab asked for when the page opens (Navigation.open("supplies", { tab: 2 })).
    property int tab: 0
    function showTab() {
        phoneTabs.currentIndex = page.tab
        wideTabs.currentIndex = Math.max(0, page.tab - 1)
    }
    onTabChanged: showTab()
    Component.onCompleted: showTab()

    function receive(orderId, supplier) {
        if (orders.receive(orderId))
            undoBar.show(qsTr("Received: %1").arg(supplier), qsTr("Undo"),
                         function() { orders.undoReceive(orderId) })
    }

    Component {
        id: stockView
        ListView {
            id: stockList
            objectName: "stockRows"
            clip: true
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(stockList)
            model: stock
            // A phone's header has no room left: a new item starts at the top of the list.
            header: Button {
                objectName: "newItemRow"
                visible: page.keepsStock && !page.wide
                height: visible ? implicitHeight : 0
                x: Theme.margin
                text: "+ " + qsTr("New item")
                flat: true
                onClicked: itemDialog.openFor("")
            }
            // Those who keep the stock open an item to count it or change it.
            delegate: SupplyDelegate { onClicked: if (page.keepsStock) itemDialog.openFor(itemId) }
            section.property: "low"
            // The section through the context property: see ListSectionHeading.
            section.delegate: SectionLabel {
                text: section === "true" ? qsTr("Low stock") : qsTr("In stock")
                leftPadding: Theme.margin
                bottomPadding: 4
            }
            PullToRefresh { target: parent }
        }
    }
    Component {
        id: ordersView
        ListView {
            id: orderList
            objectName: "orderRows"
            clip: true
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(orderList)
            model: orders
            delegate: OrderDelegate {
                onReceiveRequested: page.receive(orderId, supplier)
                onPlaceRequested: orders.place(orderId)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: orders.count === 0
                title: qsTr("No orders yet")
                text: qsTr("Order low stock from the top bar.")
            }
        }
    }
    Component {
        id: quotesView
        ListView {
            id: purchaseList
            objectName: "purchaseRows"
            clip: true
            bottomMargin: Theme.floatingRoom
            onContentYChanged: FloatingButton.listMoved(purchaseList)
            spacing: Theme.margin
            topMargin: Theme.margin
            model: purchases
            header: Button {
                objectName: "newPurchase"
                visible: page.keepsStock
                height: visible ? implicitHeight : 0
                x: Theme.margin
                text: "+ " + qsTr("New purchase")
                flat: true
                onClicked: purchaseDialog.openNew()
            }
            delegate: QuoteComparison {
                canEdit: page.keepsStock
                onChooseRequested: function(quoteId, supplier) {
                    if (purchases.choose(purchaseId, quoteId))
                        undoBar.show(qsTr("Ordered from %1").arg(supplier), "", null)
                }
                onAddQuoteRequested: quoteDialog.openFor(purchaseId, title)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: purchases.count === 0
                title: qsTr("No purchases")
                text: qsTr("Bigger purchases with quotes appear here.")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TabBar {
            id: phoneTabs
            objectName: "supplyTabs"
            visible: !page.wide
            Layout.fillWidth: true
            TabButton { text: qsTr("Stock") }
            TabButton { text: qsTr("Orders") }
            TabButton { text: qsTr("Quotes") }
        }
        RowLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Loader {
                visible: page.wide || page.shown === 0
                active: visible
                sourceComponent: stockView
                Layout.fillHeight: true
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: 400
            }
            Rectangle { visible: page.wide; width: 1; Layout.fillHeight: true; color: Theme.divider }
            ColumnLayout {
                visible: page.shown > 0
                spacing: 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                TabBar {
                    id: wideTabs
                    visible: page.wide
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Orders") }
                    TabButton { text: qsTr("Quotes") }
                }
                Loader {
                    visible: page.shown === 1
                    active: visible
                    sourceComponent: ordersView
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                Loader {
                    visible: page.shown === 2
                    active: visible
                    sourceComponent: quotesView
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }
    }
    OrderComposer {
        id: composer
        parent: Overlay.overlay
        orders: orders
        onPlaced: function(count) { undoBar.show(qsTr("%n order(s) placed", "", count), "", null) }
    }
    PurchaseDialog {
        id: purchaseDialog
        objectName: "purchaseDialog"
        parent: Overlay.overlay
        purchases: purchases
        onSaved: function(title) { undoBar.show(qsTr("Saved: %1").arg(title), "", null) }
    }
    QuoteDialog {
        id: quoteDialog
        objectName: "quoteDialog"
        parent: Overlay.overlay
        purchases: purchases
        onSaved: function(supplier) { undoBar.show(qsTr("Quote added: %1").arg(supplier), "", null) }
    }
    SupplyItemDialog {
        id: itemDialog
        objectName: "itemDialog"
        parent: Overlay.overlay
        onSaved: function(name) { undoBar.show(qsTr("Saved: %1").arg(name), "", null) }
        onRemoved: function(itemId, name) {
            undoBar.show(qsTr("Removed: %1").arg(name), qsTr("Undo"),
                         function() { itemDialog.restore(itemId) })
        }
    }
    Snackbar { id: undoBar; objectName: "receiveUndo" }
}
