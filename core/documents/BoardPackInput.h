// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/BoardPack.h"
#include "core/documents/Document.h"
#include "core/meetings/Meeting.h"

#include <QLocale>
#include <QTimeZone>
#include <functional>

namespace spil {

class Database;

// The documents a meeting's board pack prints: those attached to its papers, PDFs only (a
// pack merges PDFs; other files are opened on their own), in the agenda's order.
QList<Document> boardPackDocuments(Database &db, const MeetingRef &meeting);

// The pack's input for a meeting as this store holds it: its items in order with their
// presenters' names, each paper with the PDF pdfOf gives for its document (empty: listed
// as not in yet), the meeting's time in zone, written as locale writes dates.
PackMeeting boardPackOf(Database &db, const MeetingRef &meeting, const QTimeZone &zone,
                        const std::function<QString(const Document &)> &pdfOf,
                        const QLocale &locale = QLocale::c());

} // namespace spil
