// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a board pack to its first page, as the reader does it (Qt PDF: load, then render
// page one at the screen's size): a 200-page pack made by writeBoardPack from generated
// papers, against a 1-page PDF opened the same way in the same run. One JSON line per
// figure (median of the runs) and their ratio. Goal: the 200-page pack's first page within
// 300 ms on the device.
//
// board_pack_open [--quick]     (--quick: a few runs, to prove it runs)
#include "core/documents/BoardPack.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spil;

namespace {

void writePaper(const QString &path, int pages, const QString &word)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int n = 1; n <= pages; ++n) {
        if (n > 1)
            writer.newPage();
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(60, 80 + line * 18),
                             QStringLiteral("%1, page %2, line %3: the text of a board paper.")
                                 .arg(word)
                                 .arg(n)
                                 .arg(line + 1));
    }
}

// Milliseconds from nothing to the first page's pixels.
double openToFirstPage(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None || pdf.pageCount() < 1)
        std::exit(1);
    const QImage page = pdf.render(0, QSize(566, 800));
    if (page.isNull())
        std::exit(1);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 25;
    QTemporaryDir dir;

    // 1 agenda page and 199 paper pages: ten papers of about 20 pages each.
    PackMeeting meeting{
        QStringLiteral("Board meeting"), QStringLiteral("Tue 8 Dec 2026, 14:00"), {}};
    for (int i = 0; i < 10; ++i) {
        const QString path = dir.filePath(QStringLiteral("paper%1.pdf").arg(i));
        writePaper(path, i == 9 ? 19 : 20, QStringLiteral("Paper %1").arg(i + 1));
        meeting.items.append(
            {QStringLiteral("Item %1").arg(i + 1), {}, 15, {{QStringLiteral("Paper"), path}}});
    }
    const QString packPath = dir.filePath(QStringLiteral("pack.pdf"));
    QElapsedTimer build;
    build.start();
    const BoardPack pack = writeBoardPack(meeting, packPath);
    const double buildMs = static_cast<double>(build.nsecsElapsed()) / 1e6;
    const QString onePage = dir.filePath(QStringLiteral("one.pdf"));
    writePaper(onePage, 1, QStringLiteral("One"));

    // Taken in turns after one unmeasured round, so that neither gets the warm caches alone.
    openToFirstPage(packPath);
    openToFirstPage(onePage);
    std::vector<double> packTimes, oneTimes;
    for (int i = 0; i < runs; ++i) {
        packTimes.push_back(openToFirstPage(packPath));
        oneTimes.push_back(openToFirstPage(onePage));
    }
    const double packMs = median(packTimes);
    const double oneMs = median(oneTimes);
    line({{QStringLiteral("figure"), QStringLiteral("build_pack_ms")},
          {QStringLiteral("pages"), pack.pageCount},
          {QStringLiteral("ms"), buildMs}});
    line({{QStringLiteral("figure"), QStringLiteral("open_first_page_ms")},
          {QStringLiteral("pages"), pack.pageCount},
          {QStringLiteral("ms"), packMs}});
    line({{QStringLiteral("figure"), QStringLiteral("open_first_page_ms")},
          {QStringLiteral("pages"), 1},
          {QStringLiteral("ms"), oneMs}});
    line({{QStringLiteral("figure"), QStringLiteral("ratio_pack_to_one_page")},
          {QStringLiteral("ratio"), packMs / oneMs},
          {QStringLiteral("goal"), QStringLiteral("pack's first page within 300 ms on the device")},
          {QStringLiteral("met_here"), packMs <= 300.0}});
    return pack.pageCount == 200 ? 0 : 1;
}
