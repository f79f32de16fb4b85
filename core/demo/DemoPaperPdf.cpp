// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPaperPdf.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace spil {

namespace {

// Helvetica's advance widths (thousandths of the font size) of ' ' to '~', from its AFM;
// a letter with an accent is as wide as the letter.
constexpr std::array<short, 95> kWidths = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};

constexpr double kPageWidth = 595, kPageHeight = 842, kMargin = 72;
constexpr double kTitleSize = 18, kBodySize = 11, kLeading = 15, kParagraphGap = 8;

double widthOf(const QString &text, double size)
{
    double units = 0;
    for (const QChar c : text) {
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        const char16_t u = base.isEmpty() ? c.unicode() : base.at(0).unicode();
        units += u >= 32 && u <= 126 ? kWidths[u - 32] : 556;
    }
    return units * size / 1000;
}

// The text in the fonts' WinAnsiEncoding: Latin-1 as it is, the few typographic marks
// Dutch texts use at their places, anything else a question mark.
std::string winAnsi(const QString &text)
{
    static constexpr std::pair<char16_t, char> kMarks[] = {
        {u'€', '\x80'}, {u'…', '\x85'}, {u'‘', '\x91'}, {u'’', '\x92'},
        {u'“', '\x93'}, {u'”', '\x94'}, {u'–', '\x96'}, {u'—', '\x97'}};
    std::string out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char byte = u < 256 ? char(u) : '?';
        for (const auto &[mark, code] : kMarks) {
            if (u == mark)
                byte = code;
        }
        out += byte;
    }
    return out;
}

QStringList wrap(const QString &paragraph, double size, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && widthOf(longer, size) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

std::string show(const char *font, double size, double x, double y, const QString &text)
{
    return "BT /" + std::string(font) + ' ' + std::to_string(int(size)) + " Tf " +
           std::to_string(int(x)) + ' ' + std::to_string(int(y)) + " Td " +
           QPDFObjectHandle::newString(winAnsi(text)).unparse() + " Tj ET\n";
}

} // namespace

QByteArray demoPaperPdf(const QString &title, const QStringList &paragraphs)
{
    QPDF pdf;
    pdf.emptyPDF();
    const auto font = [&](const char *name) {
        return pdf.makeIndirectObject(
            QPDFObjectHandle::parse(std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") +
                                    name + " /Encoding /WinAnsiEncoding >>"));
    };
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
    fonts.replaceKey("/F1", font("Helvetica"));
    fonts.replaceKey("/F2", font("Helvetica-Bold"));
    resources.replaceKey("/Font", fonts);

    // Each page's drawing, the title first in the office's accent colour.
    std::vector<std::string> pages(1);
    const double width = kPageWidth - 2 * kMargin;
    double y = kPageHeight - kMargin - kTitleSize;
    pages.back() += "0.12 0.31 0.37 rg\n";
    for (const QString &line : wrap(title, kTitleSize * 1.05, width)) {
        pages.back() += show("F2", kTitleSize, kMargin, y, line);
        y -= kTitleSize * 1.35;
    }
    pages.back() += "0.1 0.1 0.1 rg\n";
    y -= kParagraphGap;
    for (const QString &paragraph : paragraphs) {
        for (const QString &line : wrap(paragraph, kBodySize, width)) {
            if (y < kMargin) {
                pages.emplace_back("0.1 0.1 0.1 rg\n");
                y = kPageHeight - kMargin - kBodySize;
            }
            pages.back() += show("F1", kBodySize, kMargin, y, line);
            y -= kLeading;
        }
        y -= kParagraphGap;
    }

    QPDFPageDocumentHelper document(pdf);
    for (const std::string &drawing : pages) {
        QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 " + std::to_string(int(kPageWidth)) + ' ' +
            std::to_string(int(kPageHeight)) + "] >>"));
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, drawing));
        page.replaceKey("/Resources", resources);
        document.addPage(page, false);
    }
    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title.toStdString()));
    pdf.getTrailer().replaceKey("/Info", info);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setCompressStreams(false);
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

} // namespace spil
