// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace spil {

// One paper of an agenda item. A paper not in yet has no file (empty pdfPath): the agenda
// page lists it as such and the pack goes on without it.
struct PackPaper {
    QString title;
    QString pdfPath; // a local PDF file; empty: not in yet
};

struct PackItem {
    QString title;
    QString presenter; // empty: none
    int minutes = 0;   // allotted; 0: none
    QList<PackPaper> papers;
};

// The words the pack prints, so that the caller gives them in the reader's language.
struct PackWords {
    QString agenda = QStringLiteral("Agenda");
    QString pageOf = QStringLiteral("Page %1 of %2"); // %1 this page, %2 all pages
    QString notInYet = QStringLiteral("not in yet");
    QString minutes = QStringLiteral("%1 min");
    QString onPage = QStringLiteral("p. %1");
};

struct PackMeeting {
    QString title;
    QString when; // the meeting's time as the reader reads it, e.g. "Tue 8 Dec 2026, 14:00 – 16:00"
    QList<PackItem> items;
    qint64 startUtc = 0, endUtc = 0; // the meeting's time, for the caller to add it at home
};

// Where an agenda item starts in the pack: its first paper's first page, or the agenda page
// that lists it when none of its papers is in. Pages count from 0, as a PDF viewer's do.
struct PackItemStart {
    QString title;
    int page = 0;
};

struct BoardPack {
    int pageCount = 0;
    int agendaPages = 0;
    QList<PackItemStart> items; // in the agenda's order
};

// Writes one PDF of the agenda followed by every paper that is in, in the agenda's order.
// Each page carries its item's title at the top and "page n of N" at the bottom; the
// papers' pages keep their own content (text stays text). A paper whose file is missing or
// is not a readable PDF throws BadInput naming the paper, and outPath is left as it was.
BoardPack writeBoardPack(const PackMeeting &meeting, const QString &outPath,
                         const PackWords &words = {});

} // namespace spil
