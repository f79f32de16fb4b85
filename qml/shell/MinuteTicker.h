// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace spil::qml {

// Ticks just after each full minute of the wall clock, so that a page showing "08:55" or
// "in 4 min" turns when the phone's own clock does, not up to a minute later as a timer
// started at a random second would.
class MinuteTicker : public QObject {
    Q_OBJECT
public:
    explicit MinuteTicker(QObject *parent = nullptr);
    // How long from utcMs until just after the next full minute.
    static int msToNextMinute(qint64 utcMs);

Q_SIGNALS:
    void ticked();

private:
    void arm();
    QTimer m_timer;
};

} // namespace spil::qml
