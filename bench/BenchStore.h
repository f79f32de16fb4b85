// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/store/Database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace spil::bench {

// A store filled with `appointments` appointments of 20 people over about three years
// (business hours, 30 to 120 minutes, some presentations) plus weekly series, written in
// one transaction. Built once per size and kept for the process.
struct BenchStore {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
    QStringList people;
    QString director; // has 120 minutes of prep time
    qint64 firstDayUtc = 0;
    int days = 0;

    static BenchStore &withAppointments(int appointments);
    // Closes every store; call before the application object goes.
    static void releaseAll();
};

} // namespace spil::bench
