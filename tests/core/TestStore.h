// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QJsonValue>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

// Readable failure messages for Qt strings.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace spil::test {

// The changes of the last user action in the outbox, by "entity.field".
inline QMap<QString, QJsonValue> lastActionChanges(Database &db)
{
    const auto all = db.pendingChanges(100000);
    QMap<QString, QJsonValue> out;
    for (const OutboxChange &c : all) {
        if (c.mutation == all.last().mutation)
            out.insert(c.entity + QLatin1Char('.') + c.field, c.value);
    }
    return out;
}

inline qint64 utc(const char *iso)
{
    return parseInstant(QString::fromLatin1(iso), QTimeZone::utc());
}

inline qint64 in(const char *zone, const char *iso)
{
    return parseInstant(QString::fromLatin1(iso), QTimeZone(QByteArray(zone)));
}

// A fresh store in a temporary folder with a clock the test sets.
// The store opens in the constructor so that fixtures may hold repositories over it.
class StoreTest : public ::testing::Test {
protected:
    StoreTest()
    {
        clock.set(utc("2026-11-26T08:00:00Z"));
        db = std::make_unique<Database>(path(), clock);
    }
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path() const { return dir.filePath(QStringLiteral("store.db")); }

    QString addPerson(const char *name, Role role, const char *tz = "Europe/Amsterdam",
                      int prepMinutes = 0, QStringList principals = {})
    {
        Person p;
        p.name = QString::fromUtf8(name);
        p.handle = p.name.section(QLatin1Char(' '), 0, 0).toLower();
        p.role = role;
        p.tz = QString::fromLatin1(tz);
        p.prepMinutes = prepMinutes;
        p.principals = std::move(principals);
        return PeopleRepo(*db).add(p);
    }

    static Appointment appointment(const QString &owner, const char *title, qint64 start,
                                   qint64 end, const char *tz = "Europe/Amsterdam")
    {
        Appointment a;
        a.owner = owner;
        a.title = QString::fromUtf8(title);
        a.startUtc = start;
        a.endUtc = end;
        a.tz = QString::fromLatin1(tz);
        return a;
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
};

} // namespace spil::test
