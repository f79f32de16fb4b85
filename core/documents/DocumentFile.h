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

} // namespace spil
