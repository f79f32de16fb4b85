// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Time.h"

#include "core/common/Error.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace spil {

bool isValidZone(const QString &ianaId)
{
    try {
        zoneOrFail(ianaId);
        return true;
    } catch (const Error &) {
        return false;
    }
}

QTimeZone zoneOrFail(const QString &ianaId)
{
    // Building a zone reads and parses its tzdata file: keep the ones already built.
    thread_local QHash<QString, QTimeZone> known;
    const auto it = known.constFind(ianaId);
    if (it != known.constEnd())
        return *it;
    const QTimeZone zone(ianaId.toUtf8());
    if (ianaId.isEmpty() || !zone.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("unknown time zone '%1'").arg(ianaId));
    known.insert(ianaId, zone);
    return zone;
}

QDate parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a date like 2026-11-27").arg(text));
    return d;
}

qint64 parseInstant(const QString &text, const QTimeZone &zone)
{
    if (text.size() == 10)
        return startOfDay(parseDate(text), zone);
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        fail(ErrorKind::BadInput,
             QStringLiteral("'%1' is not a time like 2026-11-27T09:30").arg(text));
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("'%1' is not a valid time").arg(text));
    const QString offset = m.captured(3);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toMSecsSinceEpoch();
    if (offset == QStringLiteral("Z"))
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const QString digits = QString(offset).remove(QLatin1Char(':'));
    const int sign = digits.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int seconds = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, QTimeZone(seconds)).toMSecsSinceEpoch();
}

QString formatInstant(qint64 utcMs, const QTimeZone &zone)
{
    if (zone == QTimeZone::utc())
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(Qt::ISODate);
}

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

QDate dateIn(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
}

qint64 atWallClock(const QDate &date, int minutes, const QTimeZone &zone)
{
    // 24:00 is midnight of the next day, not of this one.
    return QDateTime(date.addDays(minutes / (24 * 60)),
                     QTime(0, 0).addSecs((minutes % (24 * 60)) * 60), zone)
        .toMSecsSinceEpoch();
}

int wallClockMinutes(qint64 utcMs, const QTimeZone &zone)
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(utcMs, zone).time();
    return t.hour() * 60 + t.minute();
}

} // namespace spil
