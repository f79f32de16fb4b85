// SPDX-License-Identifier: GPL-3.0-or-later
// A letter as a PDF, read back with Qt PDF: the letterhead, the address block, place and
// date, the subject line, salutation, text, closing and signature, in Dutch or English; a
// long letter breaks into numbered pages; sending files it in the archive with its PDF and
// the director's notes in one action, and undoing the sending takes both back.
#include "PdfText.h"
#include "TestStore.h"

#include "core/archive/ArchiveRepo.h"
#include "core/contacts/ContactRepo.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/letters/LetterPdf.h"

#include <QFile>

using namespace spil;
using namespace spil::test;

namespace {
class LetterPdfTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        sanne = addPerson("Sanne de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        setLetterhead(*db, {QStringLiteral("Spil Holding"),
                            QStringLiteral("Herengracht 1, 1015 BA Amsterdam")});
        setHouseStyle(*db, {QStringLiteral("Amsterdam"), LetterStyle::Formal});
        Contact c;
        c.name = QStringLiteral("Pieter van den Berg");
        c.organisation = QStringLiteral("Gemeente Utrecht");
        c.address = QStringLiteral("Stadsplateau 1\n3521 AZ Utrecht");
        c.form = ContactForm::Mr;
        pieter = ContactRepo(*db).add(c);
        Contact e;
        e.name = QStringLiteral("Emma Clarke");
        e.language = ContactLanguage::English;
        e.form = ContactForm::Ms;
        e.address = QStringLiteral("1 King Street\nLondon EC2V 8AU");
        emma = ContactRepo(*db).add(e);
    }
    QString readyLetter(const QString &contact, const char *subject, bool confidential = false)
    {
        Letter l;
        l.owner = maarten;
        l.contactId = contact;
        l.subject = QString::fromUtf8(subject);
        l.notes = QStringLiteral("Contract verlengen met een jaar.");
        l.confidential = confidential;
        const QString id = letters.add(l, sanne);
        letters.makeDraft(id, sanne, houseStyleOf(*db));
        letters.submit(id, sanne);
        letters.approve(id, maarten);
        return id;
    }
    LetterRepo letters{*db};
    QString maarten, sanne, pieter, emma;
};
} // namespace

TEST_F(LetterPdfTest, ADutchLetterHoldsEveryPartOnTheLetterhead)
{
    const QString id = readyLetter(pieter, "Huurcontract kantoor");
    const QString text =
        pdfText(writeLetterPdf(letterPdfOf(*db, id, QDate(2026, 11, 30)), ContactLanguage::Dutch));
    for (const char *part :
         {"Spil Holding", "Herengracht 1, 1015 BA Amsterdam", "Pieter van den Berg",
          "Gemeente Utrecht", "Stadsplateau 1", "3521 AZ Utrecht", "Amsterdam, 30 november 2026",
          "Betreft: Huurcontract kantoor", "Geachte heer Van den Berg,",
          "Contract verlengen met een jaar.", "Met vriendelijke groet,", "Maarten Verhoeven",
          "Pagina 1 van 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part << "\n" << text.toStdString();
}

TEST_F(LetterPdfTest, AnEnglishLetterSaysItInEnglish)
{
    const QString id = readyLetter(emma, "Lease of the office");
    const QString text = pdfText(
        writeLetterPdf(letterPdfOf(*db, id, QDate(2026, 11, 30)), ContactLanguage::English));
    for (const char *part :
         {"Spil Holding", "Emma Clarke", "London EC2V 8AU", "Amsterdam, 30 November 2026",
          "Re: Lease of the office", "Dear Ms Clarke,", "Yours sincerely,", "Maarten Verhoeven",
          "Page 1 of 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Geachte")));
}

TEST_F(LetterPdfTest, ALongLetterBreaksIntoNumberedPagesAndLosesNoParagraph)
{
    const QString id = readyLetter(pieter, "Lang");
    QStringList paragraphs;
    for (int n = 1; n <= 60; ++n)
        paragraphs << QStringLiteral("Alinea %1 van de brief.").arg(n);
    LetterPdfInput input = letterPdfOf(*db, id, QDate(2026, 11, 30));
    input.text = paragraphs.join(QStringLiteral("\n\n"));
    int pages = 0;
    // Qt PDF reads some pages' glyphs with spaces between them: words are compared without.
    const QString text =
        pdfText(writeLetterPdf(input, ContactLanguage::Dutch), &pages).remove(QLatin1Char(' '));
    EXPECT_GT(pages, 1);
    for (int n = 1; n <= 60; ++n)
        EXPECT_TRUE(text.contains(QStringLiteral("Alinea%1van").arg(n))) << n;
    EXPECT_TRUE(text.contains(QStringLiteral("Pagina%1van%1").arg(pages)));
}

TEST_F(LetterPdfTest, SendingFilesTheLetterWithItsPdfAndNotesInOneActionAndUndoTakesItBack)
{
    const QString id = readyLetter(pieter, "Huurcontract kantoor", true);
    FileCache files(*db, dir.filePath(QStringLiteral("files")));
    const auto mutationsBefore = db->pendingChanges(100000).size();
    clock.set(utc("2026-11-30T10:00:00Z"));
    const QString itemId = sendLetter(*db, files, id, sanne, LetterVia::Post, QDate(2026, 11, 30));
    // One user action: every change of it shares one mutation number.
    const auto all = db->pendingChanges(100000);
    QSet<qint64> mutations;
    for (qsizetype i = mutationsBefore; i < all.size(); ++i)
        mutations.insert(all.at(i).mutation);
    EXPECT_EQ(mutations.size(), 1);
    const Letter sent = *letters.byId(id);
    EXPECT_EQ(sent.state, LetterState::Sent);
    EXPECT_EQ(sent.via, LetterVia::Post);
    EXPECT_EQ(sent.sentOn, QDate(2026, 11, 30));
    EXPECT_EQ(sent.archiveItemId, itemId);
    const ArchiveItem item = *ArchiveRepo(*db).byId(itemId);
    EXPECT_EQ(item.kind, ArchiveKind::LetterOut);
    EXPECT_EQ(item.owner, maarten);
    EXPECT_EQ(item.subject, QStringLiteral("Huurcontract kantoor"));
    EXPECT_EQ(item.parties, (QStringList{QStringLiteral("Pieter van den Berg"),
                                         QStringLiteral("Gemeente Utrecht")}));
    EXPECT_EQ(item.date, QDate(2026, 11, 30));
    EXPECT_TRUE(item.confidential) << "the letter's confidentiality goes with it";
    EXPECT_TRUE(item.restricted) << "and its reach: the director's side, not everyone";
    const QList<Document> docs = ArchiveRepo(*db).documentsOf(itemId);
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs.at(0).mime, QStringLiteral("application/pdf"));
    EXPECT_EQ(docs.at(1).mime, QStringLiteral("text/plain"));
    QFile pdf(files.pathOf(docs.at(0).sha256));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfText(pdf.readAll()).contains(QStringLiteral("Amsterdam, 30 november 2026")));
    QFile notes(files.pathOf(docs.at(1).sha256));
    ASSERT_TRUE(notes.open(QIODevice::ReadOnly));
    EXPECT_EQ(notes.readAll(), QByteArray("Contract verlengen met een jaar."));
    EXPECT_EQ(files.toSend().size(), 2) << "both files owed to the server";
    EXPECT_EQ(ArchiveRepo(*db).search(QStringLiteral("huurcontract")).size(), 1);
    // The words of its files are found on this device at once, offline: they are read
    // when it is sent, not at the next round of fetching.
    EXPECT_TRUE(ArchiveRepo(*db).hasFileText(docs.at(0).sha256));
    EXPECT_TRUE(ArchiveRepo(*db).hasFileText(docs.at(1).sha256));
    const QList<ArchiveHit> byWord = ArchiveRepo(*db).search(QStringLiteral("verlengen"));
    ASSERT_EQ(byWord.size(), 1);
    EXPECT_EQ(byWord.first().item.id, itemId);

    letters.unsend(id);
    EXPECT_EQ(letters.byId(id)->state, LetterState::Ready);
    EXPECT_FALSE(ArchiveRepo(*db).byId(itemId).has_value());
    EXPECT_TRUE(ArchiveRepo(*db).search(QStringLiteral("huurcontract")).isEmpty());
    EXPECT_FALSE(DocumentRepo(*db).byId(docs.at(0).id).has_value());
    EXPECT_THROW(sendLetter(*db, files, id, sanne, LetterVia::None, QDate(2026, 11, 30)), Error);
    EXPECT_EQ(letters.byId(id)->state, LetterState::Ready) << "a refused sending stores nothing";
}

TEST_F(LetterPdfTest, OnlyAReadyLetterIsSent)
{
    Letter l;
    l.owner = maarten;
    l.contactId = pieter;
    l.subject = QStringLiteral("Nog niet");
    const QString id = letters.add(l, sanne);
    FileCache files(*db, dir.filePath(QStringLiteral("files")));
    EXPECT_THROW(sendLetter(*db, files, id, sanne, LetterVia::Email, QDate(2026, 11, 30)), Error);
    EXPECT_TRUE(ArchiveRepo(*db).all().isEmpty());
}
