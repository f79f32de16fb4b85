// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace spil::test {

// A PDF's text as Qt PDF reads it back: every page's, pages joined by a form feed, the
// line breaks where the text wrapped turned into spaces (the words are what a test
// checks). pages, when given, receives the number of pages. A PDF Qt PDF cannot read
// fails the calling test.
QString pdfText(const QByteArray &pdf, int *pages = nullptr);

} // namespace spil::test
