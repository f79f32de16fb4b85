// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/MinuteTicker.h"

#include <QDateTime>

namespace spil::qml {

namespace {
// Past the minute by a little: a timer may fire a millisecond early.
constexpr int kSlackMs = 50;
} // namespace

MinuteTicker::MinuteTicker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        arm();
        Q_EMIT ticked();
    });
    arm();
}

int MinuteTicker::msToNextMinute(qint64 utcMs)
{
    constexpr qint64 minute = 60 * 1000;
    return int(minute - ((utcMs % minute) + minute) % minute) + kSlackMs;
}

void MinuteTicker::arm()
{
    m_timer.start(msToNextMinute(QDateTime::currentMSecsSinceEpoch()));
}

} // namespace spil::qml
