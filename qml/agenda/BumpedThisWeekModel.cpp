// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/agenda/BumpedThisWeekModel.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

BumpedThisWeekModel::BumpedThisWeekModel(QObject *parent) : RowList(parent)
{
    m_link.watch(OfficeLink::Data | OfficeLink::AgendaPerson);
}

BumpedThisWeekModel::BumpedThisWeekModel(OfficeStore *office, PeopleDirectory *people,
                                         QObject *parent)
    : BumpedThisWeekModel(parent)
{
    link(office, people);
}

void BumpedThisWeekModel::reload()
{
    QList<Row> rows;
    readGuarded("BumpedThisWeekModel", [&] {
        if (!open())
            return;
        const QTimeZone zone = office()->localZone();
        const qint64 now = office()->clock().nowMs();
        const QDate today = dateIn(now, zone);
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        AgendaRepo agenda(*office()->store());
        const auto owner = people()->person(people()->agendaPersonId());
        const QTimeZone home(owner.tz.toUtf8());
        const auto when = [&](qint64 utc) {
            return display::dayShort(dateIn(utc, zone)) + QLatin1Char(' ') +
                   display::time(utc, zone);
        };
        // Abroad, where it stood and where it stands now are said at home too: whom it kept
        // waiting is there, and "moved from 05:00" alone would be read as an early start.
        const auto atBoth = [&](qint64 utc) {
            const QString atHome = display::homeDue(utc, now, zone, home);
            return atHome.isEmpty() ? when(utc) : tr("%1, home %2").arg(when(utc), atHome);
        };
        for (const Appointment &a :
             agenda.bumpedBetween(people()->agendaPersonId(), startOfDay(monday, zone),
                                  startOfDay(monday.addDays(7), zone))) {
            const auto booking = agenda.byId(a.bumpedFor);
            rows << Row{a.id,
                        a.title,
                        a.bumpedFromUtc >= 0 ? atBoth(a.bumpedFromUtc) : QString(),
                        atBoth(a.startUtc),
                        booking && !booking->title.isEmpty() ? tr("for %1").arg(booking->title)
                                                             : QString(),
                        double(a.startUtc)};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
}

} // namespace spil::qml
