// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "qml/shell/App.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace spil::test {

// The app's services on the demo office, on a fixed clock: Monday 30 November 2026,
// 09:15 in Amsterdam (the weekly management meeting is running).
class AppFixture : public ::testing::Test {
protected:
    static qint64 at(const char *isoWithOffset)
    {
        return parseInstant(QString::fromLatin1(isoWithOffset), QTimeZone::utc());
    }
    void start(const QString &role, const QString &localZone = QStringLiteral("Europe/Amsterdam"))
    {
        app = std::make_unique<qml::App>(clock, dir.path(), localZone);
        app->startDemo(role);
        ASSERT_TRUE(app->ready());
    }
    // What a pull could bring from a faulty or newer device: a zone no one knows.
    void giveUnknownZone(const char *handle)
    {
        Database::Transaction tx(*app->office()->store(), Database::Transaction::TrustServerOrder);
        app->office()->store()->applyRemote(
            QStringLiteral("people"), idOf(handle),
            QJsonObject{{QStringLiteral("tz"), QStringLiteral("Mars/Base")}}, false);
        tx.commit();
        app->reloadViews();
    }
    QString idOf(const char *handle)
    {
        return PeopleRepo(*app->office()->store()).resolve(QLatin1String(handle)).id;
    }

    QTemporaryDir dir;
    ManualClock clock{at("2026-11-30T09:15:00+01:00")};
    std::unique_ptr<qml::App> app;
};

} // namespace spil::test
