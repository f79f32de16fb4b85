// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"

#include <QString>

namespace spil {

// The SHA-256 of a file's bytes in lower-case hex, read a block at a time; empty when the
// file cannot be read.
QString sha256OfFile(const QString &path);

// A document for the file at path: its name as the title, its type (from its name and
// first bytes), size and hash. BadInput when it cannot be read.
Document describeFile(const QString &path);

class FileCache;
// The file at path described (describeFile) and copied into the cache, so that it is there
// offline and a later upload resumes from the copy even when the original moved; added by
// `by`. Not owed yet: the caller owes it once its document is written. BadInput when the
// file cannot be read, Storage when the cache cannot take it.
Document cacheFromDisk(FileCache &cache, const QString &path, const QString &by);

} // namespace spil
