// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/personnel/Personnel.h"

#include "core/common/Sha256.h"

#include <QLocale>
#include <algorithm>

namespace spil {

namespace {
QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<PersonnelDate> nextYearly(PersonnelEvent event, const QString &personId,
                                        const QDate &origin, const QDate &today, int minYears)
{
    if (!origin.isValid())
        return std::nullopt;
    int year = std::max(today.year(), origin.year() + minYears);
    QDate day = sameDayIn(origin, year);
    if (day < today)
        day = sameDayIn(origin, ++year);
    return PersonnelDate{event, personId, day, year - origin.year()};
}
} // namespace

QDate sameDayIn(const QDate &date, int year)
{
    if (date.month() == 2 && date.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, date.month(), date.day());
}

std::optional<PersonnelDate> nextBirthday(const PersonnelRecord &record, const QDate &today)
{
    return nextYearly(PersonnelEvent::Birthday, record.personId, record.birthDate, today, 1);
}

std::optional<PersonnelDate> nextAnniversary(const PersonnelRecord &record, const QDate &today)
{
    return nextYearly(PersonnelEvent::Anniversary, record.personId, record.startDate, today, 1);
}

QList<PersonnelDate> upcoming(const QList<PersonnelRecord> &records, const QDate &today, int days)
{
    const QDate last = today.addDays(days);
    QList<PersonnelDate> out;
    for (const PersonnelRecord &r : records) {
        for (const auto &next : {nextBirthday(r, today), nextAnniversary(r, today)}) {
            if (next && next->date <= last)
                out << *next;
        }
        if (r.startDate.isValid() && r.startDate >= today && r.startDate <= last)
            out << PersonnelDate{PersonnelEvent::Start, r.personId, r.startDate, 0};
    }
    std::sort(out.begin(), out.end(), [](const PersonnelDate &a, const PersonnelDate &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.event != b.event)
            return a.event < b.event;
        return a.personId < b.personId;
    });
    return out;
}

bool isAbsentOn(const Absence &absence, const QDate &day)
{
    return absence.from.isValid() && absence.from <= day &&
           (absence.isOpen() || absence.until >= day);
}

QList<Reminder> remindersDue(const QList<PersonnelRecord> &records, const QList<Absence> &absences,
                             const QDate &today)
{
    QList<Reminder> out;
    for (const PersonnelDate &d : upcoming(records, today, kReminderLeadDays)) {
        const QDate dayBefore = d.date.addDays(-1);
        out << Reminder{d, d.personId, std::max(today, dayBefore)};
    }
    for (const Absence &a : absences) {
        const QDate weekOn = a.from.isValid() ? a.from.addDays(kAbsenceReminderDays) : QDate();
        if (weekOn.isValid() && weekOn <= today && isAbsentOn(a, today))
            out << Reminder{{PersonnelEvent::Absence, a.personId, weekOn, 0}, a.id, today};
    }
    return out;
}

QString Reminder::key() const
{
    // A yearly event is one per person and date; a sick leave's reminder one per leave,
    // whatever its dates become later.
    if (what.event == PersonnelEvent::Absence)
        return QStringLiteral("absence\n%1").arg(subjectId);
    return QStringLiteral("%1\n%2\n%3").arg(toText(what.event), what.personId, isoDate(what.date));
}

QString reminderTaskId(const Reminder &reminder)
{
    Sha256 hash;
    hash.addData(QStringLiteral("personnel-reminder\n%1").arg(reminder.key()).toUtf8());
    QString hex = hash.hex().left(32);
    // An RFC 9562 UUID of version 8 (custom), so it reads as the id it is.
    hex[12] = QLatin1Char('8');
    hex[16] = QLatin1Char("89ab"[hex[16].digitValue() & 3]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString reminderTitle(const Reminder &reminder, const QString &name, const QString &language)
{
    const bool nl = language == QLatin1String("nl");
    const QLocale locale(nl ? QLocale::Dutch : QLocale::English,
                         nl ? QLocale::Netherlands : QLocale::UnitedKingdom);
    const QString day = locale.toString(reminder.what.date, QStringLiteral("d MMMM"));
    const int years = reminder.what.years;
    switch (reminder.what.event) {
    case PersonnelEvent::Birthday:
        return nl ? QStringLiteral("Kaart of bloemen: %1 jarig op %2").arg(name, day)
                  : QStringLiteral("Card or flowers: %1's birthday on %2").arg(name, day);
    case PersonnelEvent::Anniversary:
        return nl ? QStringLiteral("Bloemen: %1 %2 jaar in dienst op %3")
                        .arg(name)
                        .arg(years)
                        .arg(day)
                  : QStringLiteral("Flowers: %1, %2 years with us on %3")
                        .arg(name)
                        .arg(years)
                        .arg(day);
    case PersonnelEvent::Start:
        return nl ? QStringLiteral("Welkom voorbereiden: %1 begint op %2").arg(name, day)
                  : QStringLiteral("Prepare a welcome: %1 starts on %2").arg(name, day);
    case PersonnelEvent::Absence:
        return nl ? QStringLiteral("Kaart of bloemen: %1 is al een week afwezig").arg(name)
                  : QStringLiteral("Card or flowers: %1 has been absent a week").arg(name);
    }
    return name;
}

} // namespace spil
