// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/BoardPackMaker.h"

#include "core/common/Error.h"
#include "core/documents/BoardPackInput.h"
#include "core/documents/FileCache.h"
#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "sync/client/FetchAhead.h"
#include "sync/client/FileTransfer.h"

#include <QDir>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <QVariantMap>

namespace spil::qml {

BoardPackMaker::BoardPackMaker(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : BoardPackMaker(parent)
{
    link(office, people);
}

BoardPackMaker::~BoardPackMaker()
{
    for (const auto &c : std::as_const(m_transferLinks))
        disconnect(c);
}

void BoardPackMaker::stop(const QString &reason)
{
    for (const auto &c : std::as_const(m_transferLinks))
        disconnect(c);
    m_transferLinks.clear();
    m_busy = false;
    m_statusText = reason;
    Q_EMIT changed();
    if (!reason.isEmpty())
        Q_EMIT failed(reason);
}

void BoardPackMaker::make()
{
    if (m_busy || !open() || !office()->fileCache() || m_appointmentId.isEmpty())
        return;
    m_missing.clear();
    m_bytesToFetch = m_bytesFetched = 0;
    try {
        FileCache &cache = *office()->fileCache();
        const MeetingRef meeting{m_appointmentId, qint64(m_occurrenceUtc)};
        if (office()->fileTransfer()) {
            for (const Document &paper : boardPackDocuments(*office()->store(), meeting)) {
                if (!cache.holds(paper.sha256)) {
                    m_missing << paper;
                    m_bytesToFetch += paper.size;
                }
            }
        }
    } catch (const Error &e) {
        return stop(e.message());
    }
    m_busy = true;
    m_progress = 0;
    Q_EMIT changed();
    client::FileTransfer *transfer = office()->fileTransfer();
    if (m_missing.isEmpty() || !transfer)
        return draw();
    m_transferLinks << connect(transfer, &client::FileTransfer::progress, this,
                               [this](const QString &, qint64 done, qint64) {
                                   m_progress = m_bytesToFetch > 0 ? double(m_bytesFetched + done) /
                                                                         double(m_bytesToFetch)
                                                                   : 1.0;
                                   Q_EMIT changed();
                               });
    m_transferLinks << connect(transfer, &client::FileTransfer::finished, this,
                               [this](const QString &sha256) {
                                   if (m_missing.isEmpty() || m_missing.first().sha256 != sha256)
                                       return;
                                   office()->fileCache()->touch(sha256);
                                   m_bytesFetched += m_missing.takeFirst().size;
                                   fetchNext();
                               });
    m_transferLinks << connect(transfer, &client::FileTransfer::failed, this,
                               [this](const QString &sha256, const QString &, const QString &) {
                                   if (m_missing.isEmpty() || m_missing.first().sha256 != sha256)
                                       return;
                                   // Offline: the pack goes on with what the device holds.
                                   m_missing.clear();
                                   draw();
                               });
    fetchNext();
}

void BoardPackMaker::fetchNext()
{
    if (!open() || !office()->fileTransfer())
        return stop(tr("The office was closed."));
    if (m_missing.isEmpty())
        return draw();
    client::FileTransfer *transfer = office()->fileTransfer();
    if (transfer->busy()) {
        // Fetching ahead holds the one transfer: this goes on when that round ends.
        if (client::FetchAhead *ahead = office()->fetchAhead()) {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(ahead, &client::FetchAhead::done, this, [this, once] {
                disconnect(*once);
                fetchNext();
            });
            return;
        }
    }
    const Document next = m_missing.first();
    m_statusText = tr("Fetching %1").arg(next.title);
    Q_EMIT changed();
    transfer->download(next.sha256, next.size);
}

void BoardPackMaker::draw()
{
    for (const auto &c : std::as_const(m_transferLinks))
        disconnect(c);
    m_transferLinks.clear();
    if (!open())
        return stop(tr("The office was closed."));
    m_progress = 1;
    m_statusText = tr("Making the board pack");
    Q_EMIT changed();
    PackMeeting input;
    QString path;
    try {
        FileCache &cache = *office()->fileCache();
        input = boardPackOf(
            *office()->store(), {m_appointmentId, qint64(m_occurrenceUtc)}, office()->localZone(),
            [&](const Document &paper) {
                return cache.holds(paper.sha256) ? cache.pathOf(paper.sha256) : QString();
            },
            QLocale());
        // Abroad, the cover says where its time is and the time at home too, as the meeting
        // page does: a pack forwarded or printed is read away from the device.
        const QString homeId = people()->homeZoneId(office()->localZoneId());
        const QString atHome = display::homeTimeRange(
            input.startUtc, input.endUtc, QTimeZone(homeId.toUtf8()), office()->localZone());
        if (!atHome.isEmpty())
            input.when = tr("%1 %2 · home %3 %4")
                             .arg(input.when, display::zoneCity(office()->localZoneId()),
                                  display::zoneCity(homeId), atHome);
        QDir().mkpath(cache.dir() + QStringLiteral("/packs"));
        path = cache.dir() + QStringLiteral("/packs/%1.pdf").arg(m_appointmentId);
    } catch (const Error &e) {
        return stop(e.message());
    }
    PackWords words;
    words.agenda = tr("Agenda");
    words.pageOf = tr("Page %1 of %2");
    words.notInYet = tr("not in yet");
    words.minutes = tr("%1 min");
    words.onPage = tr("p. %1");
    // Drawn beside the interface: a pack of many papers takes a while.
    auto result = std::make_shared<BoardPack>();
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([input, path, words, result, error] {
        try {
            *result = writeBoardPack(input, path, words);
        } catch (const Error &e) {
            *error = e.message();
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
        }
    });
    const QString title = input.title;
    connect(thread, &QThread::finished, this, [this, thread, result, error, path, title] {
        thread->deleteLater();
        if (!error->isEmpty())
            return stop(*error);
        QVariantList starts;
        for (const PackItemStart &s : result->items)
            starts << QVariantMap{{QStringLiteral("title"), s.title},
                                  {QStringLiteral("page"), s.page}};
        stop({});
        Q_EMIT made(path, starts, title);
    });
    thread->start();
}

} // namespace spil::qml
