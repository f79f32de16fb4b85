// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/agenda/TimelineModel.h"

#include "qml/agenda/AppointmentDetails.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

TimelineModel::TimelineModel(QObject *parent) : RowList(parent)
{
    m_link.watch(OfficeLink::Data | OfficeLink::AgendaPerson);
    connect(this, &TimelineModel::queryChanged, this, &TimelineModel::reload);
    connect(&m_minute, &MinuteTicker::ticked, this, &TimelineModel::reload);
}

TimelineModel::TimelineModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : TimelineModel(parent)
{
    link(office, people);
}

void TimelineModel::setPersonId(const QString &id)
{
    if (id != m_personId) {
        m_personId = id;
        Q_EMIT queryChanged();
    }
}

void TimelineModel::setOffset(int offset)
{
    if (offset != m_offset) {
        m_offset = offset;
        Q_EMIT queryChanged();
    }
}

void TimelineModel::setDays(int days)
{
    if (days != m_days && (days == 1 || days == 7)) {
        m_days = days;
        Q_EMIT queryChanged();
    }
}

void TimelineModel::setWithConflicts(bool on)
{
    if (on != m_withConflicts) {
        m_withConflicts = on;
        Q_EMIT queryChanged();
    }
}

void TimelineModel::setReadingOnly(bool on)
{
    if (on != m_readingOnly) {
        m_readingOnly = on;
        Q_EMIT queryChanged();
    }
}

QString TimelineModel::conflictText(const Conflict &c, const Occurrence &self)
{
    if (c.type == ConflictType::PrepTime)
        return TimelineModel::tr("In prep time for “%1”").arg(c.first.appointment.title);
    const Occurrence &other =
        c.first.appointment.id == self.appointment.id && c.first.startUtc == self.startUtc
            ? c.second
            : c.first;
    return TimelineModel::tr("Overlaps “%1”").arg(other.appointment.title);
}

namespace {
QString key(const QString &id, qint64 start)
{
    return id + QLatin1Char('@') + QString::number(start);
}
} // namespace

void TimelineModel::reload()
{
    QList<Row> rows;
    m_warningCount = 0;
    m_firstCurrentRow = 0;
    const QString person =
        m_personId.isEmpty() && people() ? people()->agendaPersonId() : m_personId;
    readGuarded("TimelineModel", [&] {
        if (open() && !person.isEmpty()) {
            Database &db = *office()->store();
            const QTimeZone local = office()->localZone();
            const auto owner = people()->person(person);
            const QTimeZone home =
                zoneOrFail(owner.tz.isEmpty() ? QStringLiteral("UTC") : owner.tz);
            const qint64 now = office()->clock().nowMs();
            const QDate today = dateIn(now, local);
            QDate first = today.addDays(m_offset);
            // The week view starts on Monday; the reading list on today.
            if (m_days == 7 && !m_readingOnly)
                first = today.addDays(1 - today.dayOfWeek() + 7 * m_offset);
            const qint64 from = startOfDay(first, local);
            const qint64 to = startOfDay(first.addDays(m_days), local);
            m_showHomeTime = display::clocksDiffer(home, local, from);
            m_localZoneLabel = display::zoneCity(QString::fromUtf8(local.id()));
            m_homeZoneLabel = display::zoneCity(owner.tz);
            m_zonesNowText.clear();
            // Reloaded each minute, so the times stay the time.
            if (m_showHomeTime && m_days == 1 && m_offset == 0 && !m_readingOnly) {
                const QDate homeToday = dateIn(now, home);
                const QString homeDay =
                    homeToday == today ? QString()
                                       : QStringLiteral(" (%1)").arg(display::dayShort(homeToday));
                // A place and its time stay on one line when the header wraps.
                const auto together = [](const QString &place, const QString &time) {
                    return QString(place + QLatin1Char(' ') + time)
                        .replace(QLatin1Char(' '), QChar::Nbsp);
                };
                m_zonesNowText =
                    tr("%1, home %2%3")
                        .arg(together(m_localZoneLabel, display::time(now, local)),
                             together(m_homeZoneLabel, display::time(now, home)), homeDay);
            }
            if (m_days == 1) {
                m_title = m_offset == 0 ? tr("Today") : display::dayRelative(first, today);
                m_subtitle = display::dayLong(first);
            } else {
                m_title = tr("Week %1").arg(first.weekNumber());
                m_subtitle = display::dayShort(first) + QStringLiteral(" – ") +
                             display::dayShort(first.addDays(6));
            }

            AgendaRepo agenda(db);
            QHash<QString, QStringList> warnings;
            if (m_withConflicts) {
                AgendaRules rules(db, agenda);
                for (const Conflict &c : rules.conflicts(person, from, to)) {
                    warnings[key(c.second.appointment.id, c.second.startUtc)]
                        << conflictText(c, c.second);
                    if (c.type == ConflictType::Overlap)
                        warnings[key(c.first.appointment.id, c.first.startUtc)]
                            << conflictText(c, c.first);
                }
            }
            bool currentFound = false;
            for (const Occurrence &o : agenda.occurrences(person, from, to, local)) {
                const Appointment &a = o.appointment;
                if (m_readingOnly && (a.notes.trimmed().isEmpty() || o.endUtc <= now ||
                                      a.status == AppointmentStatus::Cancelled))
                    continue;
                Row r;
                r.id = a.id;
                r.startUtc = o.startUtc;
                r.title = a.title;
                r.allDay = a.allDay;
                r.timeText =
                    a.allDay ? tr("All day") : display::timeRange(o.startUtc, o.endUtc, local);
                r.homeTimeText = a.allDay || !m_showHomeTime
                                     ? QString()
                                     : display::homeTimeRange(o.startUtc, o.endUtc, home, local);
                r.place = a.location;
                QStringList names;
                for (const QString &attendee : a.attendees)
                    names << people()->firstNameOf(attendee);
                r.attendees = names.join(QStringLiteral(", "));
                r.kind = a.kind;
                r.kindText = a.kind == AppointmentKind::Meeting
                                 ? QString()
                                 : AppointmentDetails::kindLabel(a.kind);
                r.confidential = a.confidential;
                r.cancelled = a.status == AppointmentStatus::Cancelled;
                r.when = o.timing(now);
                r.warning = warnings.value(key(a.id, o.startUtc)).join(QLatin1Char('\n'));
                // The timeline already placed all-day items at midnight of their date here.
                const QDate day = dateIn(o.startUtc, local);
                r.dayText = display::dayHeading(day, today);
                r.isToday = day == today;
                r.readFirst = a.notes;
                if (!r.warning.isEmpty())
                    ++m_warningCount;
                if (!currentFound && r.when != Timing::Past && !r.allDay) {
                    m_firstCurrentRow = int(rows.size());
                    currentFound = true;
                }
                rows << r;
            }
        }
    });
    setRows(std::move(rows), [](const Row &r) { return key(r.id, r.startUtc); });
    Q_EMIT loaded();
}

} // namespace spil::qml
