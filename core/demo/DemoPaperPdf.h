// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace spil {

// A paper of the demo office as a PDF: its title, then its paragraphs, wrapped on A4 pages
// in the PDF's standard Helvetica (nothing embedded). Made with qpdf, not Qt's QPdfWriter,
// because the server makes the demo office too and has no Qt Gui. The same text gives the
// same bytes each time with one build (its streams are left uncompressed).
QByteArray demoPaperPdf(const QString &title, const QStringList &paragraphs);

} // namespace spil
