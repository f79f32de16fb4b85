// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/Visitor.h"

#include "core/common/Sha256.h"

#include <QSet>
#include <algorithm>

namespace spil {

namespace {
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out.simplified();
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

QString visitorIdFor(const QString &appointmentId, qint64 occurrenceStartUtc, const QString &name)
{
    Sha256 hash;
    hash.addData(QStringLiteral("visitor\n%1\n%2\n%3")
                     .arg(appointmentId)
                     .arg(occurrenceStartUtc)
                     .arg(folded(name))
                     .toUtf8());
    QString hex = hash.hex().left(32);
    // An RFC 9562 UUID of version 8 (custom), so it reads as the id it is.
    hex[12] = QLatin1Char('8');
    hex[16] = QLatin1Char("89ab"[hex[16].digitValue() & 3]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QList<ExpectedVisitor> mergeDay(const QList<ExpectedAppointment> &appointments,
                                const QList<Visitor> &visitors, const QStringList &personIds)
{
    const QSet<QString> people(personIds.begin(), personIds.end());
    QList<ExpectedVisitor> out;
    QHash<QString, qsizetype> rowOf;
    QHash<QString, QString> titleOf;
    for (const ExpectedAppointment &a : appointments) {
        titleOf.insert(a.id, a.title);
        for (const QString &attendee : a.attendees) {
            if (people.contains(attendee) || attendee.trimmed().isEmpty())
                continue;
            const QString id = visitorIdFor(a.id, a.startUtc, attendee);
            if (rowOf.contains(id))
                continue;
            rowOf.insert(id, out.size());
            out << ExpectedVisitor{id, attendee.trimmed(), {}, a.startUtc, a.owner, a.id, a.title,
                                   0};
        }
    }
    for (const Visitor &v : visitors) {
        const auto at = rowOf.constFind(v.id);
        ExpectedVisitor row{v.id,
                            v.name,
                            v.organisation,
                            v.expectedUtc,
                            v.host,
                            v.appointmentId,
                            titleOf.value(v.appointmentId),
                            v.checkedInAt};
        if (at != rowOf.constEnd()) {
            // The record made at check-in: what the desk typed wins, the appointment's title
            // stays.
            row.appointmentTitle = out[*at].appointmentTitle;
            if (row.name.isEmpty())
                row.name = out[*at].name;
            out[*at] = row;
        } else {
            rowOf.insert(v.id, out.size());
            out << row;
        }
    }
    std::sort(out.begin(), out.end(), [](const ExpectedVisitor &a, const ExpectedVisitor &b) {
        if (a.expectedUtc != b.expectedUtc)
            return a.expectedUtc < b.expectedUtc;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        if (byName != 0)
            return byName < 0;
        return a.visitorId < b.visitorId;
    });
    return out;
}

QList<ExpectedVisitor> findVisitors(const QList<ExpectedVisitor> &day, const QString &query)
{
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return day;
    QList<ExpectedVisitor> out;
    for (const ExpectedVisitor &row : day) {
        const QString text = folded(row.name + QLatin1Char(' ') + row.organisation);
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString &w) { return text.contains(w); }))
            out << row;
    }
    return out;
}

bool nameForgotten(qint64 expectedUtc, qint64 checkedInAt, int retentionDays, qint64 nowUtc)
{
    const qint64 last = std::max(expectedUtc, checkedInAt);
    if (last <= 0)
        return false;
    // The whole UTC day it happened on, then the days kept.
    const qint64 dayEnd = (last / kDayMs + 1) * kDayMs;
    return nowUtc >= dayEnd + qint64(std::max(retentionDays, 0)) * kDayMs;
}

qint64 namesForgottenBefore(int retentionDays, qint64 nowUtc)
{
    // nowUtc >= (day of last + 1 + days) * kDayMs, in whole days: day of last < today - days.
    return (nowUtc / kDayMs - qint64(std::max(retentionDays, 0))) * kDayMs;
}

} // namespace spil
