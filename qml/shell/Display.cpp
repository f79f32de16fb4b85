// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/Display.h"

#include "core/common/Time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace spil::qml::display {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

// The translation context of these texts.
class Display {
    Q_DECLARE_TR_FUNCTIONS(Display)
};

QDateTime in(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone);
}
} // namespace

QString time(qint64 utcMs, const QTimeZone &zone)
{
    return in(utcMs, zone).toString(QStringLiteral("HH:mm"));
}

QString timeRange(qint64 fromUtc, qint64 toUtc, const QTimeZone &zone)
{
    return time(fromUtc, zone) + QStringLiteral(" – ") + time(toUtc, zone);
}

bool clocksDiffer(const QTimeZone &home, const QTimeZone &here, qint64 utcMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return home.isValid() && here.isValid() && home.offsetFromUtc(at) != here.offsetFromUtc(at);
}

QString homeTimeRange(qint64 fromUtc, qint64 toUtc, const QTimeZone &home, const QTimeZone &here)
{
    if (!clocksDiffer(home, here, fromUtc))
        return {};
    // Past midnight at home the bare time would be read as the day shown here.
    const QDate atHome = in(fromUtc, home).date();
    const QString range = timeRange(fromUtc, toUtc, home);
    return atHome == in(fromUtc, here).date()
               ? range
               : QLocale().toString(atHome, QStringLiteral("ddd")) + QLatin1Char(' ') + range;
}

QString dayLong(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

QString dayShort(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString daySpan(const QDate &from, const QDate &to)
{
    return from == to ? dayShort(from) : dayShort(from) + QStringLiteral(" – ") + dayShort(to);
}

QString dayRelative(const QDate &date, const QDate &today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return Display::tr("today");
    if (days == 1)
        return Display::tr("tomorrow");
    if (days == -1)
        return Display::tr("yesterday");
    return dayShort(date);
}

QString dayHeading(const QDate &date, const QDate &today)
{
    return qAbs(today.daysTo(date)) <= 1
               ? dayRelative(date, today) + QStringLiteral(" · ") + dayLong(date)
               : dayLong(date);
}

QString due(qint64 utcMs, qint64 nowMs, const QTimeZone &zone)
{
    const QDate today = in(nowMs, zone).date();
    const QDateTime at = in(utcMs, zone);
    if (at.date() == today)
        return time(utcMs, zone);
    return dayRelative(at.date(), today) + QLatin1Char(' ') + time(utcMs, zone);
}

QString homeDue(qint64 utcMs, qint64 nowMs, const QTimeZone &here, const QTimeZone &home)
{
    if (!clocksDiffer(home, here, utcMs))
        return {};
    return in(utcMs, home).date() == in(utcMs, here).date() ? time(utcMs, home)
                                                            : due(utcMs, nowMs, home);
}

QString dueWithHome(qint64 utcMs, qint64 nowMs, const QTimeZone &here, const QTimeZone &home)
{
    const QString local = due(utcMs, nowMs, here);
    const QString atHome = homeDue(utcMs, nowMs, here, home);
    return atHome.isEmpty() ? local : Display::tr("%1 · home %2").arg(local, atHome);
}

QString timeLeft(qint64 fromMs, qint64 toMs)
{
    const qint64 minutes = std::max<qint64>(0, (toMs - fromMs + kMinuteMs - 1) / kMinuteMs);
    if (minutes < 60)
        return Display::tr("in %1 min").arg(minutes);
    if (minutes < 24 * 60) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? Display::tr("in %1 h").arg(minutes / 60)
                         : Display::tr("in %1 h %2 min").arg(minutes / 60).arg(rest);
    }
    return Display::tr("in %n day(s)", nullptr, int(minutes / (24 * 60)));
}

QString timeRemaining(qint64 fromMs, qint64 toMs)
{
    const qint64 minutes = std::max<qint64>(0, (toMs - fromMs + kMinuteMs - 1) / kMinuteMs);
    if (minutes < 60)
        return Display::tr("%1 min left").arg(minutes);
    const qint64 rest = minutes % 60;
    return rest == 0 ? Display::tr("%1 h left").arg(minutes / 60)
                     : Display::tr("%1 h %2 min left").arg(minutes / 60).arg(rest);
}

QString startsAt(qint64 nowMs, qint64 startMs, const QTimeZone &zone)
{
    const QDate today = dateIn(nowMs, zone);
    const QDate day = dateIn(startMs, zone);
    if (day == today)
        return timeLeft(nowMs, startMs);
    return Display::tr("%1 at %2").arg(dayRelative(day, today), time(startMs, zone));
}

QString zoneCity(const QString &ianaId)
{
    QString city = ianaId.section(QLatin1Char('/'), -1);
    return city.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString initials(const QString &name)
{
    QString out;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty())
        out += words.first().left(1);
    if (words.size() > 1)
        out += words.last().left(1);
    return out.toUpper();
}

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

} // namespace spil::qml::display
