// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStore.h"
#include "StoreCache.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"

#include <QRandomGenerator>

namespace spil::bench {

namespace {
constexpr int kPeople = 20;
constexpr int kAppointmentsPerDay = 100;

std::unique_ptr<BenchStore> build(int appointments)
{
    auto store = std::make_unique<BenchStore>();
    const QTimeZone zone("Europe/Amsterdam");
    store->clock.set(parseInstant(QStringLiteral("2025-01-01T08:00"), zone));
    store->db =
        std::make_unique<Database>(store->dir.filePath(QStringLiteral("bench.db")), store->clock);
    Database &db = *store->db;
    PeopleRepo people(db);
    for (int i = 0; i < kPeople; ++i) {
        Person p;
        p.name = QStringLiteral("Person %1").arg(i);
        p.handle = QStringLiteral("p%1").arg(i);
        p.role = i == 0 ? Role::Director : Role::Staff;
        p.prepMinutes = i == 0 ? 120 : 0;
        store->people << people.add(p);
    }
    store->director = store->people.first();
    store->days = std::max(1, appointments / kAppointmentsPerDay);
    const QDate first(2025, 1, 1);
    store->firstDayUtc = startOfDay(first, zone);

    QRandomGenerator random(20261126); // the same store on every run
    Database::Transaction tx(db);
    for (int i = 0; i < appointments; ++i) {
        Appointment a;
        a.owner = store->people[i % kPeople];
        a.title = QStringLiteral("Afspraak %1").arg(i);
        const QDate day = first.addDays(i / kAppointmentsPerDay);
        const int startMin = 8 * 60 + 15 * random.bounded(36);
        a.startUtc = QDateTime(day, QTime(startMin / 60, startMin % 60), zone).toMSecsSinceEpoch();
        a.endUtc = a.startUtc + 60'000LL * (30 + 15 * random.bounded(7));
        a.tz = QStringLiteral("Europe/Amsterdam");
        a.kind = random.bounded(20) == 0 ? AppointmentKind::Presentation : AppointmentKind::Meeting;
        if (i % 2000 == 0) {
            a.rrule = QStringLiteral("FREQ=WEEKLY");
            a.title = QStringLiteral("Wekelijks %1").arg(i);
        }
        db.insert(QStringLiteral("appointments"), AgendaRepo::toRecord(a));
    }
    tx.commit();
    db.acknowledge(std::numeric_limits<qint64>::max());
    db.run(QStringLiteral("ANALYZE"));
    store->clock.set(store->firstDayUtc + qint64(store->days / 2) * 24 * 3600 * 1000);
    return store;
}
} // namespace

namespace {
StoreCache<BenchStore> &stores()
{
    static StoreCache<BenchStore> all(build);
    return all;
}
} // namespace

void BenchStore::releaseAll()
{
    stores().release();
}

BenchStore &BenchStore::withAppointments(int appointments)
{
    return stores().at(appointments);
}

} // namespace spil::bench
