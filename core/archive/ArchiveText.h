// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil {

class Database;
class FileCache;

// The text of a file for the archive's search, read on the device: a PDF's text through
// Qt PDF (QPdfDocument::getAllText, page by page), a plain-text file as it is, nothing of
// any other type. Part of spil_core_pdf (Qt PDF needs Qt Gui).
QString fileText(const QString &path, const QString &mime);
QString pdfText(const QString &path);

// Reads the text of every archived document whose file is in the cache and whose text
// the store does not hold yet, and keeps it (ArchiveRepo::setFileText), so the search
// finds words of the files. Returns how many files were read.
int indexArchiveFiles(Database &db, FileCache &cache);

} // namespace spil
