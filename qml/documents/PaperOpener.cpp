// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/documents/PaperOpener.h"

#include "core/common/Error.h"
#include "core/documents/DocumentRepo.h"
#include "core/documents/FileCache.h"
#include "core/meetings/PaperReads.h"
#include "core/store/Database.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "sync/client/FileTransfer.h"

namespace spil::qml {

PaperOpener::PaperOpener(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : PaperOpener(parent)
{
    link(office, people);
}

PaperOpener::~PaperOpener()
{
    for (const auto &c : std::as_const(m_transferLinks))
        disconnect(c);
}

void PaperOpener::finish(const QString &reason)
{
    for (const auto &c : std::as_const(m_transferLinks))
        disconnect(c);
    m_transferLinks.clear();
    const QString id = m_documentId;
    m_documentId.clear();
    m_busy = false;
    Q_EMIT changed();
    if (!reason.isEmpty())
        return Q_EMIT failed(reason);
    if (!OfficeView::open() || !office()->fileCache())
        return;
    const auto doc = DocumentRepo(*office()->store()).byId(id);
    if (!doc)
        return Q_EMIT failed(tr("This paper is no longer in the office."));
    office()->fileCache()->touch(doc->sha256); // read now: the last to go
    Q_EMIT ready(office()->fileCache()->pathOf(doc->sha256), doc->title, doc->mime, doc->id);
}

void PaperOpener::open(const QString &documentId)
{
    if (m_busy || !OfficeView::open() || !office()->fileCache())
        return;
    std::optional<Document> doc;
    try {
        doc = DocumentRepo(*office()->store()).byId(documentId);
    } catch (const Error &e) {
        return Q_EMIT failed(e.message());
    }
    if (!doc)
        return Q_EMIT failed(tr("This paper is no longer in the office."));
    m_documentId = doc->id;
    m_busy = true;
    m_progress = 0;
    Q_EMIT changed();
    if (office()->fileCache()->holds(doc->sha256))
        return finish({});
    client::FileTransfer *transfer = office()->fileTransfer();
    if (!transfer || transfer->busy())
        return finish(transfer ? tr("Papers are being fetched; try again in a moment.")
                               : tr("This paper is not on this device."));
    const QString sha256 = doc->sha256;
    m_transferLinks << connect(transfer, &client::FileTransfer::progress, this,
                               [this, sha256](const QString &hash, qint64 done, qint64 total) {
                                   if (hash != sha256)
                                       return;
                                   m_progress = total > 0 ? double(done) / double(total) : 1.0;
                                   Q_EMIT changed();
                               });
    m_transferLinks << connect(transfer, &client::FileTransfer::finished, this,
                               [this, sha256](const QString &hash) {
                                   if (hash == sha256)
                                       finish({});
                               });
    m_transferLinks << connect(
        transfer, &client::FileTransfer::failed, this,
        [this, sha256](const QString &hash, const QString &, const QString &message) {
            if (hash == sha256)
                finish(tr("The paper could not be fetched: %1").arg(message));
        });
    transfer->download(doc->sha256, doc->size);
}

bool PaperOpener::recordRead(const QString &documentId)
{
    if (!OfficeView::open() || documentId.isEmpty() || people()->me().id.isEmpty())
        return false;
    const QString me = people()->me().id;
    try {
        if (PaperReadRepo(*office()->store()).read(documentId, me))
            return false;
    } catch (const Error &) {
        return false;
    }
    return office()
        ->act([&](Database &db) { PaperReadRepo(db).recordRead(documentId, me); })
        .isEmpty();
}

} // namespace spil::qml
