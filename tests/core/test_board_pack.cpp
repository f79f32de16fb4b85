// SPDX-License-Identifier: GPL-3.0-or-later
// The board pack against real PDFs: papers drawn here with QPdfWriter, the pack read back
// with Qt PDF (the reader the app uses).
#include "core/common/Error.h"
#include "core/documents/BoardPack.h"

#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spil;

namespace {

class BoardPackTest : public ::testing::Test {
protected:
    QTemporaryDir dir;

    // A paper of `pages` pages, each saying "<word> page <n>" in its middle.
    QString paper(const QString &word, int pages)
    {
        const QString path = dir.filePath(word + QStringLiteral(".pdf"));
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
        QPainter painter(&writer);
        for (int n = 1; n <= pages; ++n) {
            if (n > 1)
                writer.newPage();
            painter.drawText(QPointF(100, 400), QStringLiteral("%1 page %2").arg(word).arg(n));
        }
        return path;
    }

    QString out() const { return dir.filePath(QStringLiteral("pack.pdf")); }

    static QString textOf(QPdfDocument &pdf, int page) { return pdf.getAllText(page).text(); }

    static PackMeeting board(QList<PackItem> items)
    {
        return {QStringLiteral("Board meeting"), QStringLiteral("Tue 8 Dec 2026, 14:00-16:00"),
                std::move(items)};
    }
};

TEST_F(BoardPackTest, HoldsTheAgendaThenEveryPaperInOrder)
{
    const auto meeting = board({
        {QStringLiteral("Opening"), QStringLiteral("Chair"), 5, {}},
        {QStringLiteral("Budget 2027"),
         QStringLiteral("Treasurer"),
         30,
         {{QStringLiteral("Budget"), paper(QStringLiteral("Budget"), 3)},
          {QStringLiteral("Forecast"), paper(QStringLiteral("Forecast"), 2)}}},
        {QStringLiteral("Housing plan"),
         {},
         20,
         {{QStringLiteral("Plan"), paper(QStringLiteral("Plan"), 1)}}},
    });
    const BoardPack pack = writeBoardPack(meeting, out());

    ASSERT_EQ(pack.agendaPages, 1);
    EXPECT_EQ(pack.pageCount, 1 + 3 + 2 + 1);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    EXPECT_EQ(pdf.pageCount(), pack.pageCount);
    ASSERT_EQ(pack.items.size(), 3);
    EXPECT_EQ(pack.items[0].page, 0); // no papers: the agenda page lists it
    EXPECT_EQ(pack.items[1].page, 1);
    EXPECT_EQ(pack.items[2].page, 6);
    EXPECT_EQ(pack.items[2].title, QStringLiteral("Housing plan"));

    // The papers' own text is still text, in the agenda's order.
    EXPECT_TRUE(textOf(pdf, 1).contains(QStringLiteral("Budget page 1")));
    EXPECT_TRUE(textOf(pdf, 3).contains(QStringLiteral("Budget page 3")));
    EXPECT_TRUE(textOf(pdf, 4).contains(QStringLiteral("Forecast page 1")));
    EXPECT_TRUE(textOf(pdf, 6).contains(QStringLiteral("Plan page 1")));

    const QString agenda = textOf(pdf, 0);
    EXPECT_TRUE(agenda.contains(QStringLiteral("Board meeting")));
    EXPECT_TRUE(agenda.contains(QStringLiteral("Budget 2027 (Treasurer)")));
    EXPECT_TRUE(agenda.contains(QStringLiteral("30 min")));
    EXPECT_TRUE(agenda.contains(QStringLiteral("p. 5"))); // the forecast starts on page 5
}

TEST_F(BoardPackTest, EveryPageCarriesItsItemAndItsNumber)
{
    const auto meeting = board({
        {QStringLiteral("Budget 2027"),
         {},
         0,
         {{QStringLiteral("Budget"), paper(QStringLiteral("Budget"), 2)}}},
        {QStringLiteral("Housing plan"),
         {},
         0,
         {{QStringLiteral("Plan"), paper(QStringLiteral("Plan"), 2)}}},
    });
    const BoardPack pack = writeBoardPack(meeting, out());
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    ASSERT_EQ(pdf.pageCount(), 5);
    const QStringList headers{QStringLiteral("Agenda"), QStringLiteral("Budget 2027"),
                              QStringLiteral("Budget 2027"), QStringLiteral("Housing plan"),
                              QStringLiteral("Housing plan")};
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = textOf(pdf, page);
        EXPECT_TRUE(text.contains(headers[page])) << page << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of 5").arg(page + 1)))
            << page << ": " << text.toStdString();
    }
    EXPECT_FALSE(textOf(pdf, 3).contains(QStringLiteral("Budget 2027")));
}

TEST_F(BoardPackTest, PrintsTheWordsItIsGiven)
{
    PackWords dutch;
    dutch.agenda = QStringLiteral("Agenda");
    dutch.pageOf = QStringLiteral("Pagina %1 van %2");
    dutch.notInYet = QStringLiteral("nog niet binnen");
    const auto meeting =
        board({{QStringLiteral("Begroting"),
                {},
                0,
                {{QStringLiteral("Begroting"), paper(QStringLiteral("Begroting"), 1)},
                 {QStringLiteral("Advies"), {}}}}});
    writeBoardPack(meeting, out(), dutch);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    EXPECT_TRUE(textOf(pdf, 0).contains(QStringLiteral("nog niet binnen")));
    EXPECT_TRUE(textOf(pdf, 1).contains(QStringLiteral("Pagina 2 van 2")));
}

TEST_F(BoardPackTest, APaperNotInYetIsListedAndLeftOut)
{
    const auto meeting =
        board({{QStringLiteral("Budget 2027"),
                {},
                0,
                {{QStringLiteral("Auditor's letter"), {}},
                 {QStringLiteral("Budget"), paper(QStringLiteral("Budget"), 2)}}}});
    const BoardPack pack = writeBoardPack(meeting, out());
    EXPECT_EQ(pack.pageCount, 3);
    EXPECT_EQ(pack.items[0].page, 1);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    const QString agenda = textOf(pdf, 0);
    EXPECT_TRUE(agenda.contains(QStringLiteral("Auditor's letter")));
    EXPECT_TRUE(agenda.contains(QStringLiteral("not in yet")));
}

TEST_F(BoardPackTest, ALongAgendaTakesMorePagesAndTheNumbersFollow)
{
    QList<PackItem> items;
    for (int i = 1; i <= 60; ++i)
        items.append({QStringLiteral("Item %1").arg(i), {}, 0, {}});
    items.append({QStringLiteral("Last"),
                  {},
                  0,
                  {{QStringLiteral("Plan"), paper(QStringLiteral("Plan"), 1)}}});
    const BoardPack pack = writeBoardPack(board(items), out());
    ASSERT_EQ(pack.agendaPages, 2);
    EXPECT_EQ(pack.items[0].page, 0);
    EXPECT_EQ(pack.items[59].page, 1);
    EXPECT_EQ(pack.pageCount, pack.agendaPages + 1);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    ASSERT_EQ(pdf.pageCount(), pack.pageCount);
    // Each item's start is the agenda page that lists it. Qt PDF reads the glyphs of a
    // later agenda page without the spaces, so the titles are compared without them.
    const QRegularExpression space(QStringLiteral("\\s"));
    for (qsizetype i = 0; i < 60; ++i) {
        const int page = pack.items[i].page;
        ASSERT_LT(page, pack.agendaPages);
        const QRegularExpression title(
            QStringLiteral("%1(?!\\d)").arg(QString(pack.items[i].title).remove(space)));
        EXPECT_TRUE(textOf(pdf, page).remove(space).contains(title))
            << pack.items[i].title.toStdString() << " on " << page;
    }
    EXPECT_TRUE(textOf(pdf, pack.agendaPages).contains(QStringLiteral("Plan page 1")));
}

TEST_F(BoardPackTest, AMissingPaperNamesItselfAndWritesNothing)
{
    const auto meeting =
        board({{QStringLiteral("Budget 2027"),
                {},
                0,
                {{QStringLiteral("Budget"), paper(QStringLiteral("Budget"), 1)},
                 {QStringLiteral("Forecast"), dir.filePath(QStringLiteral("gone.pdf"))}}}});
    try {
        writeBoardPack(meeting, out());
        FAIL() << "a missing paper was packed";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("\"Forecast\""))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("\"Budget 2027\""))) << e.what();
    }
    EXPECT_FALSE(QFile::exists(out()));
}

TEST_F(BoardPackTest, ABrokenPaperNamesItselfAndLeavesTheOldPackAlone)
{
    const QString broken = dir.filePath(QStringLiteral("broken.pdf"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is a text file with a .pdf name\n");
    file.close();
    QFile old(out());
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the pack of last week");
    old.close();

    const auto meeting = board({{QStringLiteral("Budget 2027"),
                                 {},
                                 0,
                                 {{QStringLiteral("Budget"), paper(QStringLiteral("Budget"), 1)},
                                  {QStringLiteral("Minutes"), broken}}}});
    try {
        writeBoardPack(meeting, out());
        FAIL() << "a broken paper was packed";
    } catch (const Error &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("\"Minutes\""))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("not a readable PDF"))) << e.what();
    }
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the pack of last week"));
}

} // namespace

// A long title and the time there and at home stay within the cover's margins: a size
// smaller where that is enough, cut with "…" where it is not.
TEST_F(BoardPackTest, TheCoversLinesStayWithinItsMargins)
{
    PackMeeting meeting = board({{QStringLiteral("Opening"), {}, 5, {}}});
    meeting.title = QStringLiteral("Presentatie jaarplan 2027 aan de Raad van Bestuur en de Raad "
                                   "van Commissarissen");
    meeting.when = QStringLiteral("Thu 10 Dec 2026, 08:00 – 09:30 New York · home Amsterdam 14:00 "
                                  "– 15:30");
    writeBoardPack(meeting, out());
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(out()), QPdfDocument::Error::None);
    const QString text = textOf(pdf, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("home Amsterdam 14:00"))) << text.toStdString();
    EXPECT_LE(pdf.getAllText(0).boundingRectangle().right(), 595 - 56 + 1);

    meeting.title =
        QString(QStringLiteral("Zeer lange titel ")).repeated(12) + QStringLiteral("EINDE");
    writeBoardPack(meeting, out());
    QPdfDocument longer;
    ASSERT_EQ(longer.load(out()), QPdfDocument::Error::None);
    EXPECT_FALSE(textOf(longer, 0).contains(QStringLiteral("EINDE")));
    EXPECT_TRUE(textOf(longer, 0).contains(QStringLiteral("…")));
    EXPECT_LE(longer.getAllText(0).boundingRectangle().right(), 595 - 56 + 1);
}
