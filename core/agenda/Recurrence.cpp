// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agenda/Recurrence.h"

#include "core/agenda/IcalTime.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <libical/ical.h>

namespace spil {

namespace {
QDateTime fromFloating(const icaltimetype &t, const QTimeZone &zone)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone);
}

struct IteratorDeleter {
    void operator()(icalrecur_iterator *it) const { icalrecur_iterator_free(it); }
};
} // namespace

bool isValidRrule(const QString &rule, QString *why)
{
    icalerror_clear_errno();
    const QByteArray text = rule.toUtf8();
    const icalrecurrencetype r = icalrecurrencetype_from_string(text.constData());
    const bool ok = r.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    if (!ok && why)
        *why =
            QStringLiteral("'%1' is not an RFC 5545 RRULE (like FREQ=WEEKLY;BYDAY=MO)").arg(rule);
    icalerror_clear_errno();
    return ok;
}

QList<qint64> expandRecurrence(const QString &rule, qint64 firstStartUtc, qint64 durationMs,
                               const QTimeZone &zone, qint64 fromUtc, qint64 toUtc,
                               int maxInstances)
{
    QList<qint64> out;
    const QByteArray text = rule.toUtf8();
    icalrecurrencetype r = icalrecurrencetype_from_string(text.constData());
    icalerror_clear_errno();
    if (r.freq == ICAL_NO_RECURRENCE)
        return out;
    // libical compares UNTIL with floating local instances; a UTC UNTIL becomes local too.
    if (!icaltime_is_null_time(r.until) && icaltime_is_utc(r.until) && !r.until.is_date) {
        const qint64 untilMs = qint64(icaltime_as_timet(r.until)) * 1000;
        r.until = toFloating(QDateTime::fromMSecsSinceEpoch(untilMs, zone));
    }

    const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstStartUtc, zone);
    std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(
        icalrecur_iterator_new(r, toFloating(first)));
    if (!it)
        return out;
    // Skip straight to the window where the rule allows it (not with COUNT, which must
    // count from the first instance).
    const qint64 skipTo = fromUtc - durationMs - 24 * 3600 * 1000LL;
    if (r.count == 0 && skipTo > firstStartUtc)
        icalrecur_iterator_set_start(it.get(),
                                     toFloating(QDateTime::fromMSecsSinceEpoch(skipTo, zone)));

    for (int guard = 0; guard < 100000 && out.size() < maxInstances; ++guard) {
        const icaltimetype next = icalrecur_iterator_next(it.get());
        if (icaltime_is_null_time(next))
            break;
        const qint64 start = fromFloating(next, zone).toMSecsSinceEpoch();
        if (start >= toUtc)
            break;
        if (meetsWindow(start, start + durationMs, fromUtc, toUtc))
            out << start;
    }
    return out;
}

QList<Occurrence> seriesInstances(const Appointment &series, const QList<InstanceChange> &changes,
                                  const QTimeZone &zone, qint64 fromUtc, qint64 toUtc)
{
    const qint64 duration = series.endUtc - series.startUtc;
    QHash<qint64, const InstanceChange *> byOriginal;
    for (const InstanceChange &c : changes)
        byOriginal.insert(c.originalStartUtc, &c);
    QList<qint64> starts =
        expandRecurrence(series.rrule, series.startUtc, duration, zone, fromUtc, toUtc);
    // An instance moved into the window from far away: its original start is checked to be
    // one of the rule's by itself, not by expanding all the years between (which the cap on
    // instances would cut short of the window).
    for (const InstanceChange &c : changes) {
        if (c.cancelled || !c.moved() || c.startUtc >= toUtc || c.endUtc <= fromUtc ||
            starts.contains(c.originalStartUtc))
            continue;
        if (expandRecurrence(series.rrule, series.startUtc, duration, zone, c.originalStartUtc,
                             c.originalStartUtc + 1)
                .contains(c.originalStartUtc))
            starts << c.originalStartUtc;
    }
    std::sort(starts.begin(), starts.end());
    QList<Occurrence> out;
    for (qint64 start : starts) {
        Occurrence o;
        o.appointment = series;
        o.recurrenceIdUtc = start;
        o.startUtc = start;
        o.endUtc = start + duration;
        if (const InstanceChange *c = byOriginal.value(start)) {
            if (c->cancelled)
                continue;
            if (c->moved()) {
                o.startUtc = c->startUtc;
                o.endUtc = c->endUtc;
                o.moved = true;
            }
            if (!c->title.isEmpty())
                o.appointment.title = c->title;
            if (!c->location.isEmpty())
                o.appointment.location = c->location;
        }
        out << o;
    }
    return out;
}

} // namespace spil
