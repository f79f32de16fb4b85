// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/MinutesPdf.h"
#include "core/reception/Visitor.h"

#include <QByteArray>
#include <QDate>
#include <QTimeZone>

namespace spil {

// One line of the printed day list, written out.
struct VisitorListLine {
    QString time, name, organisation, host, arrived;
};

struct VisitorListInput {
    Letterhead letterhead;
    QString title; // "Visitors · Monday 30 November 2026"
    QList<VisitorListLine> lines;
};

// The reception's day list of this store in language: the day's expected visitors
// (ReceptionRepo::day) with their hosts' names and arrival times in zone.
VisitorListInput visitorListOf(Database &db, const QDate &date, const QTimeZone &zone,
                               MinutesLanguage language, const Letterhead &letterhead);

// The day list as an A4 PDF: the letterhead, the title, then a table (time, visitor,
// organisation, host, arrived) that breaks between rows, each page saying "page n of N".
// Made on the device and never filed: a document would reach colleagues whom visitor
// names may not.
QByteArray writeVisitorListPdf(const VisitorListInput &list, MinutesLanguage language);

} // namespace spil
