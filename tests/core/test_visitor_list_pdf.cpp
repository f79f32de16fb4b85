// SPDX-License-Identifier: GPL-3.0-or-later
// The reception's day list as a PDF, read back with Qt PDF: the letterhead, the day, every
// visitor with time, organisation, host and arrival, in Dutch or English; a long day
// breaks into numbered pages.
#include "PdfText.h"
#include "TestStore.h"

#include "core/reception/ReceptionRepo.h"
#include "core/reception/VisitorListPdf.h"

using namespace spil;
using namespace spil::test;

namespace {
class VisitorListPdfTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        fatima = addPerson("Fatima El Amrani", Role::OfficeManager);
        Appointment a =
            appointment(maarten, "Klantgesprek", in("Europe/Amsterdam", "2026-11-26T11:00:00"),
                        in("Europe/Amsterdam", "2026-11-26T12:00:00"));
        a.attendees = {QStringLiteral("Karin Hofstede")};
        AgendaRepo(*db).add(a);
        const QString courier =
            ReceptionRepo(*db).add({.name = QStringLiteral("Koerier"),
                                    .organisation = QStringLiteral("PostNL"),
                                    .expectedUtc = in("Europe/Amsterdam", "2026-11-26T08:45:00"),
                                    .host = fatima});
        ReceptionRepo(*db).checkIn(ReceptionRepo(*db).day(today, zone).first(), fatima);
        (void)courier;
    }
    const QTimeZone zone{"Europe/Amsterdam"};
    const QDate today{2026, 11, 26};
    QString maarten, fatima;
};
} // namespace

TEST_F(VisitorListPdfTest, TheDayListHoldsEveryVisitorUnderTheLetterhead)
{
    const Letterhead letterhead{QStringLiteral("Spil & Partners"),
                                QStringLiteral("Herengracht 1, Amsterdam")};
    const QString en = pdfText(
        writeVisitorListPdf(visitorListOf(*db, today, zone, MinutesLanguage::English, letterhead),
                            MinutesLanguage::English));
    for (const char *word :
         {"Spil & Partners", "Herengracht 1", "Visitors", "Thursday 26 November 2026", "Host",
          "08:45", "Koerier", "PostNL", "Fatima El Amrani", "09:00", "11:00", "Karin Hofstede",
          "Maarten Verhoeven", "Page 1 of 1"})
        EXPECT_TRUE(en.contains(QString::fromUtf8(word))) << word << " in " << en.toStdString();
    const QString nl = pdfText(
        writeVisitorListPdf(visitorListOf(*db, today, zone, MinutesLanguage::Dutch, letterhead),
                            MinutesLanguage::Dutch));
    for (const char *word : {"Bezoekers", "donderdag 26 november 2026", "Binnen", "Pagina 1 van 1"})
        EXPECT_TRUE(nl.contains(QString::fromUtf8(word))) << word << " in " << nl.toStdString();
}

TEST_F(VisitorListPdfTest, ALongDayBreaksIntoNumberedPages)
{
    for (int i = 0; i < 60; ++i)
        ReceptionRepo(*db).add(
            {.name = QStringLiteral("Bezoeker %1").arg(i, 2, 10, QLatin1Char('0')),
             .expectedUtc = in("Europe/Amsterdam", "2026-11-26T13:00:00"),
             .host = maarten});
    int pages = 0;
    const QString text =
        pdfText(writeVisitorListPdf(visitorListOf(*db, today, zone, MinutesLanguage::English, {}),
                                    MinutesLanguage::English),
                &pages);
    EXPECT_GE(pages, 2);
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Bezoeker 59")));
}
