// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Spil

// A secretary's week at a glance: her open tasks due on each working day as bars, today's
// in the accent colour, on a scale all cards share. Drawn on a Canvas for the reason the
// budget chart is (Qt Charts' QML types need a QApplication).
Canvas {
    id: chart
    property var week: []
    property int peak: 1
    property int today: -1
    implicitHeight: 72
    onWeekChanged: requestPaint()
    onPeakChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    readonly property var days: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri")]

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const top = 14, bottom = height - 16
        const slot = width / 5
        const scale = Math.max(1, peak)
        ctx.font = "11px sans-serif"
        ctx.textAlign = "center"
        ctx.strokeStyle = Theme.divider
        ctx.lineWidth = 1
        ctx.beginPath(); ctx.moveTo(0, bottom); ctx.lineTo(width, bottom); ctx.stroke()
        for (let d = 0; d < 5; ++d) {
            const n = d < week.length ? week[d] : 0
            const h = (bottom - top) * n / scale
            const x = d * slot + slot * 0.2
            ctx.fillStyle = d === today ? Theme.accent : Theme.primary
            ctx.fillRect(x, bottom - h, slot * 0.6, h)
            ctx.fillStyle = Theme.textMuted
            ctx.fillText(days[d], d * slot + slot / 2, height - 3)
            if (n > 0) {
                ctx.fillStyle = Theme.text
                ctx.fillText(String(n), d * slot + slot / 2, bottom - h - 3)
            }
        }
    }
}
