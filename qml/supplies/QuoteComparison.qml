// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spil

// One bigger purchase with its quotes side by side (cheapest first, marked); choosing one
// orders it, charged to the purchase's budget line.
Card {
    id: card
    required property string purchaseId
    required property string title
    required property string budgetName
    required property string notes
    required property bool ordered
    required property var quotes
    // Who keeps the stock adds quotes and chooses one; a director reads them.
    property bool canEdit: false
    signal chooseRequested(string quoteId, string supplier)
    signal addQuoteRequested()
    width: ListView.view ? ListView.view.width - 2 * Theme.margin : implicitWidth
    x: Theme.margin

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label { text: card.title; font.pixelSize: Theme.fontTitle; color: Theme.text }
        Label {
            text: card.notes !== "" ? card.budgetName + " · " + card.notes : card.budgetName
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Grid {
            id: side
            // Side by side on a tablet; one under the other on a narrow phone. A positioner,
            // not a layout: each quote's width is set, so wrapped notes never resize it.
            columns: card.width >= 560 ? Math.max(1, card.quotes.length) : 1
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: card.quotes
                delegate: Rectangle {
                    id: quote
                    required property var modelData
                    width: (side.width - (side.columns - 1) * side.spacing) / side.columns
                    height: body.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: modelData.chosen ? Theme.now : Theme.surface
                    border.color: modelData.cheapest ? Theme.accent : Theme.divider
                    border.width: modelData.cheapest ? 2 : 1
                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: 4
                        Label { text: quote.modelData.supplier; font.weight: Font.Medium; font.pixelSize: Theme.fontBody }
                        Label { text: quote.modelData.priceText; font.pixelSize: Theme.fontHeadline; color: Theme.text }
                        Label {
                            visible: quote.modelData.cheapest
                            text: qsTr("Cheapest")
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                        }
                        Label {
                            text: quote.modelData.notes
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "choose"
                            visible: card.canEdit && !card.ordered
                            text: qsTr("Choose and order")
                            Layout.preferredHeight: Theme.touch
                            onClicked: card.chooseRequested(quote.modelData.quoteId, quote.modelData.supplier)
                        }
                        Label {
                            visible: quote.modelData.chosen
                            text: qsTr("Chosen · ordered")
                            color: Theme.done
                            font.weight: Font.DemiBold
                        }
                    }
                }
            }
        }
        Button {
            objectName: "addQuote"
            visible: card.canEdit && !card.ordered
            text: "+ " + qsTr("Add quote")
            flat: true
            Layout.preferredHeight: Theme.touch
            onClicked: card.addQuoteRequested()
        }
    }
}
