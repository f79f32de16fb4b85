// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/BoardPack.h"

#include "core/common/Error.h"
#include "core/documents/BoardPackPages.h"

#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <vector>

namespace spil {

namespace {

struct OpenPaper {
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
};

QString paperName(const PackItem &item, const PackPaper &paper)
{
    return QStringLiteral("paper \"%1\" of item \"%2\"").arg(paper.title, item.title);
}

OpenPaper openPaper(const PackItem &item, const PackPaper &paper)
{
    if (!QFileInfo(paper.pdfPath).isFile())
        fail(ErrorKind::BadInput,
             QStringLiteral("%1: no file at %2").arg(paperName(item, paper), paper.pdfPath));
    OpenPaper open{std::make_unique<QPDF>(), {}};
    try {
        // A damaged file that qpdf can still repair is used; one it cannot read is refused.
        open.pdf->setSuppressWarnings(true);
        open.pdf->processFile(QFile::encodeName(paper.pdfPath).constData());
        open.pages = QPDFPageDocumentHelper(*open.pdf).getAllPages();
    } catch (const std::exception &e) {
        fail(ErrorKind::BadInput, QStringLiteral("%1: not a readable PDF (%2)")
                                      .arg(paperName(item, paper), QString::fromUtf8(e.what())));
    }
    if (open.pages.empty())
        fail(ErrorKind::BadInput,
             QStringLiteral("%1: the PDF has no pages").arg(paperName(item, paper)));
    return open;
}

// A page's size as it is shown: its trim box, turned when the page is.
QSizeF shownSize(QPDFPageObjectHelper &page)
{
    const auto box = page.getTrimBox().getArrayAsRectangle();
    const QSizeF size(box.urx - box.llx, box.ury - box.lly);
    auto rotate = page.getAttribute("/Rotate", false);
    const bool turned = rotate.isInteger() && (rotate.getIntValue() / 90) % 2 != 0;
    return turned ? size.transposed() : size;
}

// Draws the form on top of the page's own content, which is wrapped in q/Q so that a
// paper that leaves its graphics state changed cannot move or hide the marks.
void overlay(QPDF &out, QPDFPageObjectHelper &page, QPDFObjectHandle form)
{
    auto resources = page.getAttribute("/Resources", true);
    int suffix = 1;
    const std::string name = resources.getUniqueResourceName("/SpilMarks", suffix);
    const std::string content =
        page.placeFormXObject(form, name, page.getTrimBox().getArrayAsRectangle());
    if (content.empty())
        return;
    resources.mergeResources(QPDFObjectHandle::parse("<< /XObject << >> >>"));
    resources.getKey("/XObject").replaceKey(name, form);
    page.addPageContents(out.newStream("q\n"), true);
    page.addPageContents(out.newStream("\nQ\n" + content), false);
}

QByteArray assemble(const QByteArray &frameBytes, int agendaPages, std::vector<OpenPaper> &papers)
{
    QPDF frame;
    frame.processMemoryFile("board pack frame", frameBytes.constData(),
                            static_cast<size_t>(frameBytes.size()));
    auto framePages = QPDFPageDocumentHelper(frame).getAllPages();
    QPDF out;
    out.emptyPDF();
    QPDFPageDocumentHelper outPages(out);
    for (int i = 0; i < agendaPages; ++i)
        outPages.addPage(framePages[static_cast<size_t>(i)], false);
    for (auto &paper : papers)
        for (auto &page : paper.pages)
            outPages.addPage(page, false);
    auto all = outPages.getAllPages();
    for (size_t i = static_cast<size_t>(agendaPages); i < all.size(); ++i)
        overlay(out, all[i], out.copyForeignObject(framePages[i].getFormXObjectForPage()));
    QPDFWriter writer(out);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      static_cast<qsizetype>(buffer->getSize()));
}

} // namespace

BoardPack writeBoardPack(const PackMeeting &meeting, const QString &outPath, const PackWords &words)
{
    std::vector<OpenPaper> papers;
    QList<PaperOverlay> overlays;
    qsizetype lineCount = 0;
    for (const auto &item : meeting.items) {
        ++lineCount;
        for (const auto &paper : item.papers) {
            ++lineCount;
            if (paper.pdfPath.isEmpty())
                continue;
            papers.push_back(openPaper(item, paper));
            for (auto &page : papers.back().pages)
                overlays.append({shownSize(page), item.title});
        }
    }

    BoardPack pack;
    pack.agendaPages = agendaPageCount(lineCount);
    pack.pageCount = pack.agendaPages + static_cast<int>(overlays.size());
    QList<AgendaLine> lines;
    int page = pack.agendaPages;
    size_t open = 0;
    for (const auto &item : meeting.items) {
        // The agenda page that lists the item, until a paper of it is in.
        PackItemStart start{item.title, agendaPageCount(lines.size() + 1) - 1};
        QString about = item.title;
        if (!item.presenter.isEmpty())
            about += QStringLiteral(" (%1)").arg(item.presenter);
        lines.append({about, item.minutes > 0 ? words.minutes.arg(item.minutes) : QString(), true});
        bool anyIn = false;
        for (const auto &paper : item.papers) {
            if (paper.pdfPath.isEmpty()) {
                lines.append({paper.title, words.notInYet, false});
                continue;
            }
            const auto &opened = papers[open++];
            if (!anyIn)
                start.page = page;
            anyIn = true;
            lines.append({paper.title, words.onPage.arg(page + 1), false});
            page += static_cast<int>(opened.pages.size());
        }
        pack.items.append(start);
    }

    const QByteArray frame = drawPackFrame(meeting.title, meeting.when, lines, overlays, words);
    QByteArray bytes;
    try {
        bytes = assemble(frame, pack.agendaPages, papers);
    } catch (const std::exception &e) {
        fail(ErrorKind::BadInput,
             QStringLiteral("cannot put the papers together: %1").arg(QString::fromUtf8(e.what())));
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(ErrorKind::Storage, QStringLiteral("cannot write the board pack to %1: %2")
                                     .arg(outPath, file.errorString()));
    return pack;
}

} // namespace spil
