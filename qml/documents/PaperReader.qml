// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Pdf
import Spil

// A paper or a board pack, read inside the app: its pages, a search in its text with next
// and previous, "page n of N", and a jump to an agenda item's papers (itemStarts: the board
// pack's {title, page} list, pages from 0). Any other file is handed to the system.
Item {
    id: reader
    property url source
    property var itemStarts: []
    // A file of the cache has no extension: its document's type says what it is.
    property string mime
    readonly property bool isPdf: mime === "application/pdf"
                                  || source.toString().toLowerCase().endsWith(".pdf")
    readonly property int currentPage: view.currentPage
    readonly property int pageCount: pdf ? pdf.pageCount : 0
    // The search model is a list model with no count of its own: kept here as its rows come.
    property int resultCount: 0
    readonly property bool pageShown: view.status === Image.Ready
    property alias searchText: searchField.text

    function goToPage(page) { view.goToPage(Math.max(0, Math.min(page, pageCount - 1))) }
    function nextResult() { view.searchForward() }
    function previousResult() { view.searchBack() }

    // Once per file, whether it was set before or after the reader was made.
    property url handedOver
    function handOver() {
        if (isPdf || source.toString() === "" || source === handedOver)
            return
        handedOver = source
        Qt.openUrlExternally(source)
    }
    onSourceChanged: handOver()
    Component.onCompleted: handOver()

    // Made in PdfKeeper, which lets it go a while after the reader closes: a page may still
    // be on its way (see PdfKeeper). Each opening reads the file under an address of its own
    // (the file's, with the opening's number as a query, which the file name ignores): Qt
    // 6.4 keeps a page that was on its way when its reader closed as loading for good, and
    // the same address asked for again would wait on it and never show.
    Component {
        id: documentMaker
        PdfDocument {
            id: document
            property int opening
            source: reader.isPdf ? reader.source + "?opening=" + opening : ""
            onStatusChanged: if (document.status === PdfDocument.Ready) {
                reader.zoom = 1
                Qt.callLater(reader.fitPage)
            }
        }
    }
    readonly property PdfDocument pdf: PdfKeeper.hold(documentMaker)
    Component.onDestruction: PdfKeeper.release(pdf)

    // Upright screens (a phone) show a page as wide as the screen; wide ones (a tablet held
    // flat) show the whole page. The reader's zoom (+ and −) multiplies that fit.
    readonly property real pageScale: view.renderScale
    property real fitScale: 1
    property real zoom: 1
    readonly property real minZoom: 1
    readonly property real maxZoom: 4
    function fitPage() {
        if (pdf.status !== PdfDocument.Ready || backdrop.width <= 0 || backdrop.height <= 0)
            return
        const points = pdf.pagePointSize(0)
        if (points.width <= 0 || points.height <= 0)
            return
        const wide = Math.min(backdrop.width / points.width, backdrop.height / points.height)
        fitScale = backdrop.width > backdrop.height ? wide : backdrop.width / points.width
        view.renderScale = fitScale * zoom
    }
    function zoomBy(factor) {
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom * factor))
        view.renderScale = fitScale * zoom
    }
    // A pinch on the page changes the view's scale itself: the zoom follows it, so that −
    // and + go on from there. (The jump to a match sets the scale to 0 first: not a zoom.)
    Connections {
        target: view
        function onRenderScaleChanged() {
            if (view.renderScale > 0 && reader.fitScale > 0)
                reader.zoom = Math.max(reader.minZoom, Math.min(reader.maxZoom, view.renderScale / reader.fitScale))
        }
    }
    // Qt 6.4's view jumps to a match at the zoom of the match's link, which pushed the page
    // off the screen: the reader keeps its own scale and brings the match into sight.
    function showResult() {
        const link = view.searchModel.currentResultLink
        if (view.searchModel.currentResult < 0 || !link)
            return
        const scale = fitScale * zoom
        view.renderScale = scale
        const points = pdf.pagePointSize(link.page)
        const maxX = Math.max(0, points.width * scale - view.width)
        const maxY = Math.max(0, points.height * scale - view.height)
        view.contentX = Math.max(0, Math.min(maxX, link.location.x * scale - view.width / 2))
        view.contentY = Math.max(0, Math.min(maxY, link.location.y * scale - view.height / 3))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Material.foreground: Theme.text
            background: Rectangle { color: Theme.surface }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                TextField {
                    id: searchField
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Search in the paper")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: reader.nextResult()
                }
                Label {
                    visible: searchField.text.length > 0
                    text: reader.resultCount === 0 ? qsTr("Not found")
                                                   : qsTr("%1 of %2").arg(view.searchModel.currentResult + 1).arg(reader.resultCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                ToolButton {
                    text: "▲"
                    enabled: reader.resultCount > 0
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Previous match")
                    onClicked: reader.previousResult()
                }
                ToolButton {
                    text: "▼"
                    enabled: reader.resultCount > 0
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Next match")
                    onClicked: reader.nextResult()
                }
            }
        }

        // The page in the middle of a quiet backdrop, so that its edges show.
        Rectangle {
            id: backdrop
            color: Theme.divider
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            onWidthChanged: Qt.callLater(reader.fitPage)
            onHeightChanged: Qt.callLater(reader.fitPage)

            PdfScrollablePageView {
                id: view
                objectName: "pageView"
                document: pdf
                searchString: searchField.text
                readonly property size pagePoints: pdf.status === PdfDocument.Ready
                                                   ? pdf.pagePointSize(currentPage) : Qt.size(0, 0)
                width: Math.min(backdrop.width, Math.ceil(pagePoints.width * renderScale))
                height: backdrop.height
                anchors.horizontalCenter: parent.horizontalCenter
                Connections {
                    target: view.searchModel
                    function onCurrentResultChanged() { Qt.callLater(reader.showResult) }
                    function onRowsInserted() { reader.resultCount = view.searchModel.rowCount() }
                    function onRowsRemoved() { reader.resultCount = view.searchModel.rowCount() }
                    function onModelReset() { reader.resultCount = view.searchModel.rowCount() }
                }
            }
        }

        ToolBar {
            Layout.fillWidth: true
            Material.foreground: Theme.text
            background: Rectangle { color: Theme.surface }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                ToolButton {
                    text: "‹"
                    font.pixelSize: 26
                    enabled: reader.currentPage > 0
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Previous page")
                    onClicked: reader.goToPage(reader.currentPage - 1)
                }
                ToolButton {
                    objectName: "zoomOut"
                    text: "−"
                    font.pixelSize: 22
                    enabled: reader.zoom > reader.minZoom
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Smaller")
                    onClicked: reader.zoomBy(1 / 1.5)
                }
                ToolButton {
                    objectName: "zoomIn"
                    text: "+"
                    font.pixelSize: 22
                    enabled: reader.zoom < reader.maxZoom
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Larger")
                    onClicked: reader.zoomBy(1.5)
                }
                Label {
                    id: pageLabel
                    objectName: "pageLabel"
                    // A phone's bar also holds the zoom and the items: the short form.
                    text: (reader.width < 560 ? qsTr("%1 / %2") : qsTr("Page %1 of %2"))
                          .arg(reader.currentPage + 1).arg(reader.pageCount)
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "›"
                    font.pixelSize: 26
                    enabled: reader.currentPage < reader.pageCount - 1
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Next page")
                    onClicked: reader.goToPage(reader.currentPage + 1)
                }
                Button {
                    id: itemsButton
                    objectName: "itemsButton"
                    visible: reader.itemStarts.length > 0
                    text: qsTr("Items")
                    flat: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: itemList.open()
                }
            }
        }
    }

    // The board pack's items, to jump to the start of one.
    Popup {
        id: itemList
        objectName: "itemList"
        modal: true
        width: Math.min(reader.width - 2 * Theme.margin, 480)
        height: Math.min(reader.height * 0.7, list.contentHeight + topPadding + bottomPadding)
        x: (reader.width - width) / 2
        y: (reader.height - height) / 2
        ListView {
            id: list
            objectName: "itemEntries"
            anchors.fill: parent
            clip: true
            model: reader.itemStarts
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                height: Theme.touch
                text: qsTr("%1 · page %2").arg(modelData.title).arg(modelData.page + 1)
                font.pixelSize: Theme.fontBody
                onClicked: {
                    reader.goToPage(modelData.page)
                    itemList.close()
                }
            }
        }
    }
}
