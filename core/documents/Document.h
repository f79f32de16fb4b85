// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spil {

// A document is a record plus its file. The record syncs like any other; the file travels
// apart (sync/client/FileTransfer), found on the server by its SHA-256, so two records of
// one file share one copy.
struct Document {
    QString id;
    QString title;
    QString mime;    // the file's media type, e.g. "application/pdf"
    qint64 size = 0; // of the file, in bytes
    QString sha256;  // of the file's bytes: 64 lower-case hex digits
    QString addedBy; // the person who added it
    qint64 addedAt = 0;
    // The meeting it belongs to (empty: none) and the agenda item it is a paper of (empty:
    // none). A document of a meeting is read by whoever reads that meeting in full.
    QString appointmentId;
    QString itemId;
    // The archived item it is the digital file of (core/archive; empty: none). An archived
    // document follows the item's access.
    QString archiveItemId;
};

// Whether text is a SHA-256 as documents and the file routes write it.
bool isSha256Hex(const QString &text);

} // namespace spil
