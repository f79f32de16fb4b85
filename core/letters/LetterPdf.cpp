// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterPdf.h"

#include "core/archive/ArchiveText.h"

#include "core/common/Error.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/PdfPageWriter.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
QString pageOf(ContactLanguage language)
{
    return language == ContactLanguage::Dutch ? QStringLiteral("Pagina %1 van %2")
                                              : QStringLiteral("Page %1 of %2");
}

} // namespace

LetterPdfInput letterPdfOf(Database &db, const QString &letterId, const QDate &date)
{
    const auto letter = LetterRepo(db).byId(letterId);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(letterId));
    const auto contact = ContactRepo(db).byId(letter->contactId);
    if (!contact)
        fail(ErrorKind::NotFound, QStringLiteral("the letter's contact is gone"));
    const auto director = PeopleRepo(db).byId(letter->owner);
    LetterPdfInput out;
    out.letterhead = letterheadOf(db);
    out.parts = letterParts(*letter, *contact, director ? director->name : QString(),
                            houseStyleOf(db), date);
    out.text = letter->text;
    out.title = (letter->language == ContactLanguage::Dutch ? QStringLiteral("Brief %1 %2")
                                                            : QStringLiteral("Letter %1 %2"))
                    .arg(contact->name.simplified(), letter->subject.simplified());
    return out;
}

QByteArray writeLetterPdf(const LetterPdfInput &l, ContactLanguage language)
{
    using Page = PdfPageWriter;
    // A wider margin than the minutes': the address block sits where a window envelope
    // shows it.
    PdfPageWriter page(l.title, 64);
    QList<PdfBlock> blocks = Page::letterhead(l.letterhead);
    const auto add = [&](const QString &text, const QFont &font, qreal spaceBefore) {
        blocks << Page::block(text, font, Page::ink, spaceBefore);
    };
    // The address block where a window envelope shows it, then place and date.
    add(l.parts.addressBlock.join(QLatin1Char('\n')), Page::font(10.5), 60);
    add(l.parts.placeAndDate, Page::font(10.5), 36);
    add(l.parts.subjectLine, Page::font(10.5, true), 18);
    // The text paragraph by paragraph, so a page breaks between paragraphs.
    const QStringList paragraphs = l.text.split(QStringLiteral("\n\n"));
    qreal before = 24;
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty()) {
            before += 12;
            continue;
        }
        add(p.trimmed(), Page::font(10.5), before);
        before = 12;
    }
    return page.writeFlow(blocks, l.parts.subjectLine, pageOf(language));
}

QString sendLetter(Database &db, FileCache &cache, const QString &letterId, const QString &user,
                   LetterVia via, const QDate &on)
{
    const auto letter = LetterRepo(db).byId(letterId);
    if (!letter)
        fail(ErrorKind::NotFound, QStringLiteral("no letter %1").arg(letterId));
    if (letter->state != LetterState::Ready)
        fail(ErrorKind::BadInput, QStringLiteral("only a ready letter is sent"));
    if (!on.isValid())
        fail(ErrorKind::BadInput, QStringLiteral("a letter is sent on a day"));
    const LetterPdfInput input = letterPdfOf(db, letterId, on);
    const QString item =
        fileLetter(db, cache, letterId, user, via, on, writeLetterPdf(input, letter->language),
                   input.title + QStringLiteral(".pdf"));
    // Its files are in this device's cache now: their words are found here at once, offline,
    // not only after the next round of fetching reads them.
    indexArchiveFiles(db, cache);
    return item;
}

} // namespace spil
