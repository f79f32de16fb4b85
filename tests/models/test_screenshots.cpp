// SPDX-License-Identifier: GPL-3.0-or-later
// spil --screenshot as a person runs it (under Xvfb): the PNGs exist at the asked size and
// show what the pages promise (the navy header, yellow urgent tasks, the tablet's rail).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
QImage render(const QTemporaryDir &dir, const QString &role, const QString &page,
              const QString &size, const QString &lang)
{
    QProcess p;
    p.start(QStringLiteral(SPIL_APP_PATH),
            {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--size"), size,
             QStringLiteral("--page"), page, QStringLiteral("--role"), role,
             QStringLiteral("--lang"), lang, QStringLiteral("--zone"),
             QStringLiteral("Europe/Amsterdam"), QStringLiteral("--now"),
             QStringLiteral("2026-11-30T09:15")});
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    return QImage(
        QDir(dir.path()).filePath(QStringLiteral("%1-%2-%3-%4.png").arg(role, page, size, lang)));
}

int count(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return n;
}
} // namespace

TEST(Screenshots, ThePhoneInboxShowsUrgentTasksInYellowUnderTheHeader)
{
    QTemporaryDir dir;
    const QImage tasks = render(dir, QStringLiteral("assistant"), QStringLiteral("tasks"),
                                QStringLiteral("400x800"), QStringLiteral("en"));
    ASSERT_FALSE(tasks.isNull());
    EXPECT_EQ(tasks.size(), QSize(400, 800));
    EXPECT_EQ(tasks.pixel(5, 5) & 0xffffff, 0x1F3A5Fu);    // the header
    EXPECT_GT(count(tasks, qRgb(0xFF, 0xF1, 0xA8)), 2000); // urgent rows
}

TEST(Screenshots, TheTabletShowsTheRailAndTheNextAppointmentBesideTheDay)
{
    QTemporaryDir dir;
    const QImage today = render(dir, QStringLiteral("director"), QStringLiteral("today"),
                                QStringLiteral("1280x800"), QStringLiteral("nl"));
    ASSERT_FALSE(today.isNull());
    EXPECT_EQ(today.size(), QSize(1280, 800));
    EXPECT_EQ(today.pixel(20, 600) & 0xffffff, 0xFFFFFFu); // the rail
    EXPECT_EQ(today.pixel(300, 30) & 0xffffff, 0x1F3A5Fu); // the header beside it
    QSet<QRgb> colours;
    for (int x = 0; x < today.width(); x += 4)
        colours.insert(today.pixel(x, 200));
    EXPECT_GT(colours.size(), 8); // text and cards, not an empty page
}

TEST(Screenshots, AnUnknownPageIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(SPIL_APP_PATH), {QStringLiteral("--screenshot"), dir.path(),
                                            QStringLiteral("--page"), QStringLiteral("nowhere")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.readAllStandardError().contains("no page named 'nowhere'"));
}

TEST(Screenshots, TheAppSpeaksDutchWhenTheSystemDoes)
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("nl_NL.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SPIL_APP_PATH), {QStringLiteral("--screenshot"), dir.path(),
                                            QStringLiteral("--page"), QStringLiteral("tasks")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    EXPECT_TRUE(
        QFile::exists(QDir(dir.path()).filePath(QStringLiteral("assistant-tasks-400x800-nl.png"))));
}

// The interactive window (not a screenshot) takes --size: read back from the X server the
// test runs under, as a window manager would see it.
TEST(Screenshots, TheInteractiveWindowTakesItsSizeFromTheCommandLine)
{
    QTemporaryDir data;
    QProcess app;
    app.start(QStringLiteral(SPIL_APP_PATH),
              {QStringLiteral("--demo"), QStringLiteral("director"), QStringLiteral("--size"),
               QStringLiteral("1000x700"), QStringLiteral("--data"), data.path()});
    ASSERT_TRUE(app.waitForStarted());
    // "Spil": ("spil" "spil")  1000x700+0+0  +0+0 in xwininfo's tree (x11-utils).
    const QRegularExpression window(QStringLiteral("\"Spil\": \\(\"spil\".*\\)\\s+(\\d+)x(\\d+)"));
    QString size;
    QElapsedTimer waited;
    waited.start();
    while (size != QStringLiteral("1000x700") && waited.elapsed() < 60000 &&
           app.state() == QProcess::Running) {
        QProcess tree;
        tree.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
        ASSERT_TRUE(tree.waitForFinished(10000)) << "xwininfo (x11-utils) is needed";
        // A window that goes while the tree is walked (Qt makes and drops some as it
        // starts) fails the walk with BadWindow: look again.
        const auto match = tree.exitCode() == 0
                               ? window.match(QString::fromUtf8(tree.readAllStandardOutput()))
                               : QRegularExpressionMatch();
        if (match.hasMatch())
            size = match.captured(1) + QLatin1Char('x') + match.captured(2);
        else
            app.waitForFinished(100); // the window is not there yet
    }
    app.kill();
    app.waitForFinished();
    EXPECT_EQ(size.toStdString(), "1000x700");
}

// A tab chosen by name is taken once its underline has arrived under it: the review right
// after the inbox, as scripts/screenshots.sh renders them.
TEST(Screenshots, TheReviewIsTakenWithTheTabUnderlineUnderDayReview)
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(SPIL_APP_PATH),
            {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--size"),
             QStringLiteral("1280x800"), QStringLiteral("--page"), QStringLiteral("tasks"),
             QStringLiteral("--page"), QStringLiteral("review"), QStringLiteral("--role"),
             QStringLiteral("assistant"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--zone"), QStringLiteral("Europe/Amsterdam"), QStringLiteral("--now"),
             QStringLiteral("2026-11-30T09:15")});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    const QImage review(
        QDir(dir.path()).filePath(QStringLiteral("assistant-review-1280x800-en.png")));
    ASSERT_FALSE(review.isNull());
    // The tab row spans the page right of the rail (96..1280), three tabs; the underline is
    // the accent colour.
    int y = -1;
    for (int row = 90; row < 125 && y < 0; ++row) {
        for (int x = 100; x < 1280; x += 10) {
            if ((review.pixel(x, row) & 0xffffff) == 0x00897Bu)
                y = row;
        }
    }
    ASSERT_GT(y, 0) << "no underline under the tabs";
    EXPECT_EQ(review.pixel(1083, y) & 0xffffff, 0x00897Bu); // Day review
    EXPECT_NE(review.pixel(293, y) & 0xffffff, 0x00897Bu);  // Inbox
    EXPECT_NE(review.pixel(688, y) & 0xffffff, 0x00897Bu);  // Waiting for
}

// A list whose cards sit a margin in from its edge (the view's own highlight stays at x 0)
// still comes to rest; the cheapest quote's accent border shows it was drawn.
TEST(Screenshots, TheQuotesComeToRestWithTheCheapestMarked)
{
    QTemporaryDir dir;
    const QImage quotes = render(dir, QStringLiteral("office-manager"), QStringLiteral("quotes"),
                                 QStringLiteral("400x800"), QStringLiteral("en"));
    ASSERT_FALSE(quotes.isNull());
    EXPECT_GT(count(quotes, qRgb(0x00, 0x89, 0x7B)), 200);
}
