// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/IcsTimeZones.h"

#include "core/agenda/IcalTime.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QTimeZone>
#include <libical/ical.h>

namespace spil {

namespace {
// "the last Sunday of March" for a transition at this local time, as a yearly RRULE and the
// first such day in 1970 (where the observance starts).
struct YearlyRule {
    QString rrule;
    QDateTime firstIn1970;
};

YearlyRule yearlyRule(const QDateTime &localBefore)
{
    const QDate d = localBefore.date();
    const int weekday = d.dayOfWeek(); // 1 = Monday
    const bool last = d.day() + 7 > d.daysInMonth();
    const int nth = last ? -1 : (d.day() - 1) / 7 + 1;
    static const char *days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    YearlyRule out;
    out.rrule = QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3")
                    .arg(d.month())
                    .arg(nth)
                    .arg(QLatin1String(days[weekday - 1]));
    QDate first(1970, d.month(), 1);
    if (last) {
        first = QDate(1970, d.month(), first.daysInMonth());
        while (first.dayOfWeek() != weekday)
            first = first.addDays(-1);
    } else {
        while (first.dayOfWeek() != weekday)
            first = first.addDays(1);
        first = first.addDays(7 * (nth - 1));
    }
    out.firstIn1970 = QDateTime(first, localBefore.time(), QTimeZone::utc());
    return out;
}

icalcomponent *observance(bool daylight, const QString &name, int fromSeconds, int toSeconds,
                          const QDateTime &start, const QString &rrule)
{
    icalcomponent *c =
        icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
    icalcomponent_add_property(c, icalproperty_new_tzname(name.toUtf8().constData()));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(fromSeconds));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetto(toSeconds));
    icalcomponent_add_property(c, icalproperty_new_dtstart(toFloating(start)));
    if (!rrule.isEmpty())
        icalcomponent_add_property(
            c, icalproperty_new_rrule(icalrecurrencetype_from_string(rrule.toUtf8().constData())));
    return c;
}
} // namespace

QString ianaZoneFor(const QString &tzid, const QString &preferred)
{
    const QString id = tzid.trimmed();
    if (id.isEmpty())
        return {};
    if (id == QLatin1String("UTC") || id == QLatin1String("GMT") || id == QLatin1String("Z"))
        return QStringLiteral("UTC");
    if (QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return id;
    // A publisher's prefix: the IANA id is what follows one of its slashes.
    for (qsizetype slash = id.indexOf(QLatin1Char('/')); slash >= 0;
         slash = id.indexOf(QLatin1Char('/'), slash + 1)) {
        const QByteArray rest = id.mid(slash + 1).toUtf8();
        if (rest.contains('/') && QTimeZone::isTimeZoneIdAvailable(rest))
            return QString::fromUtf8(rest);
    }
    if (!preferred.isEmpty() &&
        QTimeZone::windowsIdToIanaIds(id.toUtf8()).contains(preferred.toUtf8()))
        return preferred;
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    if (!windows.isEmpty() && QTimeZone::isTimeZoneIdAvailable(windows))
        return QString::fromUtf8(windows);
    return {};
}

icalcomponent *makeVTimezone(const QString &ianaId, qint64 atUtc)
{
    // Every file of a zone in the same stretch of time has the same VTIMEZONE: each is
    // made once per process (QTimeZone's transitions are the cost) and copied after. A
    // stretch is the year, or the part of it on one side of its only transition.
    struct Made {
        qint64 from = 0, to = 0;
        icalcomponent *vtz = nullptr; // kept for the life of the process
    };
    static QMutex lock;
    static QHash<QString, QList<Made>> made;
    {
        const QMutexLocker locked(&lock);
        for (const Made &m : made.value(ianaId)) {
            if (atUtc >= m.from && atUtc < m.to)
                return icalcomponent_new_clone(m.vtz);
        }
    }
    const QTimeZone zone(ianaId.toUtf8());
    icalcomponent *vtz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(vtz, icalproperty_new_tzid(ianaId.toUtf8().constData()));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atUtc, QTimeZone::utc());
    const QDateTime yearStart(QDate(at.date().year(), 1, 1), QTime(0, 0), QTimeZone::utc());
    const auto transitions = zone.transitions(yearStart, yearStart.addYears(1));
    Made stretch{yearStart.toMSecsSinceEpoch(), yearStart.addYears(1).toMSecsSinceEpoch(), vtz};
    if (transitions.size() < 2) {
        // No DST that year: one offset from 1970 on.
        const int offset = zone.offsetFromUtc(at);
        icalcomponent_add_component(
            vtz, observance(false, zone.abbreviation(at), offset, offset,
                            QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()), {}));
        if (transitions.size() == 1) {
            const qint64 change = transitions.first().atUtc.toMSecsSinceEpoch();
            (atUtc < change ? stretch.to : stretch.from) = change;
        }
    } else {
        for (const QTimeZone::OffsetData &t : transitions.mid(0, 2)) {
            const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
            const QDateTime localBefore = t.atUtc.toOffsetFromUtc(before);
            const YearlyRule rule =
                yearlyRule(QDateTime(localBefore.date(), localBefore.time(), QTimeZone::utc()));
            icalcomponent_add_component(vtz,
                                        observance(t.daylightTimeOffset > 0, t.abbreviation, before,
                                                   t.offsetFromUtc, rule.firstIn1970, rule.rrule));
        }
    }
    stretch.vtz = icalcomponent_new_clone(vtz);
    const QMutexLocker locked(&lock);
    made[ianaId] << stretch;
    return vtz;
}

} // namespace spil
