// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes as a PDF, read back with Qt PDF: the letterhead, title, time, attendees, per
// item its notes, decisions and actions (owner, due, status), version and state, in Dutch
// or English; long minutes break into numbered pages; the file is filed with the meeting.
#include "PdfText.h"
#include "TestStore.h"

#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/documents/MinutesPdf.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/MinutesRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QCryptographicHash>
#include <QFile>

using namespace spil;
using namespace spil::test;

namespace {
class MinutesPdfTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        ingrid = addPerson("Ingrid Smit", Role::Director);
        sanne = addPerson("Sanne de Vries", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
        Appointment a = appointment(maarten, "Raad van Bestuur", utc("2026-11-05T13:00:00Z"),
                                    utc("2026-11-05T15:00:00Z"));
        a.attendees = {ingrid, sanne};
        meeting = {AgendaRepo(*db).add(a), -1};
        MeetingItem item;
        item.meeting = meeting;
        item.title = QStringLiteral("Kwartaalcijfers Q3");
        quarter = MeetingRepo(*db).addItem(item);
        item.title = QStringLiteral("Rondvraag");
        MeetingRepo(*db).addItem(item);
        minutes.addEntry(quarter, MinutesEntryKind::Note, QStringLiteral("Omzet boven plan"),
                         sanne);
        minutes.addEntry(quarter, MinutesEntryKind::Decision, QStringLiteral("Cijfers goedgekeurd"),
                         sanne);
        const QString action = minutes.addAction(quarter, QStringLiteral("Toelichting rondsturen"),
                                                 maarten, utc("2026-11-12T16:00:00Z"), sanne);
        TaskRepo(*db).markDone(db->get(QStringLiteral("minutes_entries"), action)
                                   ->value(QStringLiteral("task_id"))
                                   .toString());
    }

    MinutesRepo minutes{*db};
    QString maarten, ingrid, sanne, quarter;
    MeetingRef meeting;
    const QTimeZone amsterdam{"Europe/Amsterdam"};
};
} // namespace

TEST_F(MinutesPdfTest, LanguageWordsRoundTripAndABadOneIsRefused)
{
    for (const auto l : {MinutesLanguage::English, MinutesLanguage::Dutch})
        EXPECT_EQ(parseText<MinutesLanguage>(toText(l), QStringLiteral("lang")), l);
    EXPECT_THROW(parseText<MinutesLanguage>(u"de", QStringLiteral("lang")), Error);
}

TEST_F(MinutesPdfTest, EnglishMinutesHoldEveryPartWithTheLetterhead)
{
    const MinutesPdfInput input =
        minutesPdfOf(*db, meeting, amsterdam, MinutesLanguage::English,
                     {QStringLiteral("Spil Holding"), QStringLiteral("Stationsplein 1, Utrecht")});
    const QString text = pdfText(writeMinutesPdf(input, MinutesLanguage::English));
    for (const char *word : {"Spil Holding",
                             "Stationsplein 1, Utrecht",
                             "Minutes: Raad van Bestuur",
                             "Thursday 5 November 2026, 14:00",
                             "Attendees: Maarten Verhoeven, Ingrid Smit, Sanne de Vries",
                             "Version 1",
                             "draft",
                             "1. Kwartaalcijfers Q3",
                             "Notes",
                             "Omzet boven plan",
                             "Decisions",
                             "Cijfers goedgekeurd",
                             "Actions",
                             "Toelichting rondsturen",
                             "Owner: Maarten Verhoeven",
                             "Due: 12 November 2026",
                             "done",
                             "2. Rondvraag",
                             "Nothing recorded",
                             "Page 1 of 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(word)))
            << word << " in: " << text.toStdString();
}

TEST_F(MinutesPdfTest, DutchMinutesSayItInDutchAndShowTheStateTheyAreIn)
{
    const Minutes m = *minutes.current(meeting);
    minutes.setState(m.id, MinutesState::Review);
    minutes.setState(m.id, MinutesState::Final);
    const MinutesPdfInput input = minutesPdfOf(*db, meeting, amsterdam, MinutesLanguage::Dutch,
                                               {QStringLiteral("Spil Holding"), {}});
    const QString text = pdfText(writeMinutesPdf(input, MinutesLanguage::Dutch));
    for (const char *word :
         {"Notulen: Raad van Bestuur", "donderdag 5 november 2026", "Aanwezig", "Versie 1",
          "definitief", "Besluiten", "Actiepunten", "Eigenaar: Maarten Verhoeven",
          "Uiterlijk: 12 november 2026", "gedaan", "Niets vastgelegd", "Pagina 1 van 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(word)))
            << word << " in: " << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Minutes")));
}

TEST_F(MinutesPdfTest, LongMinutesBreakIntoNumberedPagesAndLoseNoLine)
{
    for (int n = 1; n <= 90; ++n)
        minutes.addEntry(quarter, MinutesEntryKind::Note,
                         QStringLiteral("Regel %1 van een lange bespreking die over meer dan één "
                                        "regel loopt omdat er veel te zeggen viel")
                             .arg(n),
                         sanne);
    int pages = 0;
    const QString text =
        pdfText(writeMinutesPdf(minutesPdfOf(*db, meeting, amsterdam, MinutesLanguage::English,
                                             {QStringLiteral("Spil"), {}}),
                                MinutesLanguage::English),
                &pages);
    ASSERT_GT(pages, 2);
    for (int n = 1; n <= 90; ++n)
        EXPECT_TRUE(text.contains(QStringLiteral("Regel %1 van").arg(n))) << n;
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_F(MinutesPdfTest, TheExportIsFiledWithTheMeetingByItsHash)
{
    const QByteArray pdf = writeMinutesPdf(
        minutesPdfOf(*db, meeting, amsterdam, MinutesLanguage::English, letterheadOf(*db)),
        MinutesLanguage::English);
    FileCache files(*db, dir.filePath(QStringLiteral("files")));
    const QString cache = files.dir();
    const Document d =
        fileMinutesPdf(*db, files, meeting, QStringLiteral("Minutes v1.pdf"), pdf, sanne);
    EXPECT_EQ(d.appointmentId, meeting.appointmentId);
    EXPECT_EQ(d.mime, QStringLiteral("application/pdf"));
    EXPECT_EQ(d.size, pdf.size());
    EXPECT_EQ(d.addedBy, sanne);
    EXPECT_EQ(d.sha256, QString::fromLatin1(
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QFile cached(cache + QLatin1Char('/') + d.sha256);
    ASSERT_TRUE(cached.open(QIODevice::ReadOnly));
    EXPECT_EQ(cached.readAll(), pdf);
    EXPECT_EQ(DocumentRepo(*db).list(meeting.appointmentId).size(), 1);
    EXPECT_EQ(files.toSend(), QStringList{d.sha256}) << "owed to the server until sent";
    files.setBudget(0);
    files.tidy(sanne);
    EXPECT_TRUE(files.holds(d.sha256)) << "an owed file is never tidied away";
    files.sent(d.sha256);
    EXPECT_TRUE(files.toSend().isEmpty());
    files.tidy(sanne);
    EXPECT_FALSE(files.holds(d.sha256)) << "once sent, it may go when the cache is full";
}

TEST_F(MinutesPdfTest, TheLetterheadIsTheOfficesOwnOrElseItsWorkspace)
{
    EXPECT_EQ(letterheadOf(*db).office, QStringLiteral("Spil"));
    db->setMeta(QStringLiteral("sync_workspace"), QStringLiteral("bestuursbureau"));
    EXPECT_EQ(letterheadOf(*db).office, QStringLiteral("bestuursbureau"));
    setLetterhead(*db, {QStringLiteral(" Spil Holding "), QStringLiteral("Utrecht")});
    EXPECT_EQ(letterheadOf(*db).office, QStringLiteral("Spil Holding"));
    EXPECT_EQ(letterheadOf(*db).address, QStringLiteral("Utrecht"));
    // The address lines print on one line under the name.
    setLetterhead(
        *db, {QStringLiteral("Spil Holding"), QStringLiteral("Maliebaan 12\n3581 CP Utrecht")});
    EXPECT_EQ(letterheadOf(*db).address, QStringLiteral("Maliebaan 12 \u00b7 3581 CP Utrecht"));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT address FROM office_style")).toString(),
              QStringLiteral("Maliebaan 12\n3581 CP Utrecht"));
    EXPECT_THROW(
        minutesPdfOf(*db, {QStringLiteral("nope"), -1}, amsterdam, MinutesLanguage::English, {}),
        Error);
}
