// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

#include <QFile>
#include <QRegularExpression>

namespace spil::test {

inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SPIL_CORE_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "no fixture " << name;
    return f.readAll();
}

// The text of an .ics with its folded lines joined, one content line each.
inline QStringList unfolded(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// The content lines of each component of a kind (VEVENT, VTODO), in the file's order.
inline QList<QStringList> components(const QByteArray &ics, const QString &kind)
{
    QList<QStringList> out;
    bool inside = false;
    int depth = 0;
    for (const QString &line : unfolded(ics)) {
        if (line == QStringLiteral("BEGIN:") + kind && !inside) {
            inside = true;
            depth = 0;
            out << QStringList();
            continue;
        }
        if (!inside)
            continue;
        if (line == QStringLiteral("END:") + kind && depth == 0) {
            inside = false;
            continue;
        }
        depth += line.startsWith(QStringLiteral("BEGIN:")) ? 1 : 0;
        depth -= line.startsWith(QStringLiteral("END:")) ? 1 : 0;
        out.last() << line;
    }
    return out;
}

// The names of the properties of one component ("DTSTART", "SUMMARY" ...).
inline QStringList propertyNames(const QStringList &lines)
{
    QStringList out;
    static const QRegularExpression name(QStringLiteral("^[A-Z-]+"));
    for (const QString &line : lines)
        out << name.match(line).captured();
    return out;
}

inline QStringList withSummary(const QList<QStringList> &events, const QString &summary)
{
    for (const QStringList &e : events) {
        if (e.contains(QStringLiteral("SUMMARY:") + summary))
            return e;
    }
    return {};
}

} // namespace spil::test
