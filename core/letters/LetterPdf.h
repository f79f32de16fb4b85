// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/MinutesPdf.h"
#include "core/letters/LetterRepo.h"

#include <QByteArray>
#include <QDate>

namespace spil {

class Database;
class FileCache;

// What a letter's PDF prints: the office's letterhead, then the template's parts around
// the text.
struct LetterPdfInput {
    Letterhead letterhead;
    LetterParts parts;
    QString text;  // from the salutation to the signature, as the secretary finished it
    QString title; // the PDF's title and file name
};

// A letter as this store holds it, dated date, on the device's letterhead and house style.
// NotFound when there is no such letter or its contact is gone.
LetterPdfInput letterPdfOf(Database &db, const QString &letterId, const QDate &date);
// The letter as one A4 PDF: the letterhead with a rule under it, the address block, place
// and date, the subject line, the text (long lines wrap, paragraphs never split across
// pages) and "page n of N" at the foot of each page.
QByteArray writeLetterPdf(const LetterPdfInput &letter, ContactLanguage language);

// "Sent by post/e-mail": the letter's PDF on the day sent, made here, then fileLetter
// (LetterRepo.h) in one user action; the words of the files filed are read for the
// archive's search on this device (indexArchiveFiles). Returns the archived item's id.
QString sendLetter(Database &db, FileCache &cache, const QString &letterId, const QString &user,
                   LetterVia via, const QDate &on);

} // namespace spil
