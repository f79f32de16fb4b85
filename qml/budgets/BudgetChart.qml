// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Spil

// A budget line's year: the amount as a line across, what was spent so far (solid), the
// projection from today to 31 December (dashed, red when it crosses the amount), and the
// months along the bottom. Drawn on a Canvas: Qt Charts' QML types need a QApplication
// (Qt Widgets' graphics view), which the app, a QGuiApplication, does not run.
Canvas {
    id: chart
    property var actual: []
    property var projected: []
    property real amount: 0
    property int today: 0
    property int daysInYear: 365
    property bool runsOutEarly: false
    implicitHeight: 160
    onActualChanged: requestPaint()
    onProjectedChanged: requestPaint()
    onAmountChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    readonly property var months: [qsTr("J", "January"), qsTr("F", "February"), qsTr("M", "March"),
        qsTr("A", "April"), qsTr("M", "May"), qsTr("J", "June"), qsTr("J", "July"),
        qsTr("A", "August"), qsTr("S", "September"), qsTr("O", "October"),
        qsTr("N", "November"), qsTr("D", "December")]

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const left = 4, right = width - 4, top = 8, bottom = height - 18
        let peak = amount
        for (const p of actual) peak = Math.max(peak, p.y)
        for (const p of projected) peak = Math.max(peak, p.y)
        peak = Math.max(1, peak * 1.1)
        const x = d => left + (right - left) * d / daysInYear
        const y = v => bottom - (bottom - top) * v / peak
        // The months.
        ctx.fillStyle = Theme.textMuted
        ctx.font = "11px sans-serif"
        ctx.textAlign = "center"
        for (let m = 0; m < 12; ++m)
            ctx.fillText(months[m], x((m + 0.5) * daysInYear / 12), height - 4)
        ctx.strokeStyle = Theme.divider
        ctx.lineWidth = 1
        ctx.beginPath(); ctx.moveTo(left, bottom); ctx.lineTo(right, bottom); ctx.stroke()
        // The amount.
        ctx.strokeStyle = Theme.textMuted
        ctx.setLineDash([2, 3])
        ctx.beginPath(); ctx.moveTo(left, y(amount)); ctx.lineTo(right, y(amount)); ctx.stroke()
        // Today.
        if (today > 0 && today < daysInYear) {
            ctx.strokeStyle = Theme.divider
            ctx.beginPath(); ctx.moveTo(x(today), top); ctx.lineTo(x(today), bottom); ctx.stroke()
        }
        // The projection.
        if (projected.length > 1) {
            ctx.strokeStyle = runsOutEarly ? Theme.warning : Theme.accent
            ctx.lineWidth = 2
            ctx.setLineDash([6, 4])
            ctx.beginPath()
            ctx.moveTo(x(actual.length ? actual[actual.length - 1].x : projected[0].x),
                       y(actual.length ? actual[actual.length - 1].y : 0))
            for (const p of projected) ctx.lineTo(x(p.x), y(p.y))
            ctx.stroke()
        }
        // Spent so far.
        ctx.setLineDash([])
        ctx.strokeStyle = Theme.primary
        ctx.lineWidth = 3
        ctx.beginPath()
        for (let i = 0; i < actual.length; ++i) {
            if (i === 0) ctx.moveTo(x(actual[i].x), y(actual[i].y))
            else ctx.lineTo(x(actual[i].x), y(actual[i].y))
        }
        ctx.stroke()
    }
}
