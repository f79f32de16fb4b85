// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

namespace spil {

struct PackWords;

// One line of the agenda page: an item or one of its papers, with where it starts in the
// pack (or why it is not there) on the right.
struct AgendaLine {
    QString text;
    QString right;
    bool item = false; // an item's line (bold); otherwise a paper's (indented)
};

// The header and footer drawn over one paper page, on a transparent page of its size (in
// points, as the page is shown).
struct PaperOverlay {
    QSizeF size;
    QString header;
};

// How many A4 pages the agenda takes for this many lines; a line never wraps (long text is
// elided), so the count is known before any page number is.
int agendaPageCount(qsizetype lineCount);

// The pack's own pages in one PDF: the agenda pages, then one overlay page per paper page,
// numbered on from the agenda. BoardPack lays the overlays over the papers' pages.
QByteArray drawPackFrame(const QString &title, const QString &when, const QList<AgendaLine> &lines,
                         const QList<PaperOverlay> &overlays, const PackWords &words);

} // namespace spil
