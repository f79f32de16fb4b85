// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/documents/DocumentRepo.h"
#include "sync/client/FetchAhead.h"
#include "sync/protocol/FileProtocol.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace spil::test {

// Bytes no two tests share, and their hash as the file routes name it.
inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(random.bounded(256));
    return out;
}

inline QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// One PUT of bytes [from, from + length) of file.
inline HttpResult putChunk(const ServerProcess &server, const QString &token,
                           const QByteArray &file, qint64 from, qint64 length,
                           const QString &sha256 = {})
{
    return server.request(
        "PUT", QStringLiteral("/v1/files/") + (sha256.isEmpty() ? sha256Of(file) : sha256),
        file.mid(from, length), token,
        {{"Content-Range", protocol::contentRange({from, length, qint64(file.size())})}});
}

// Sends a whole file in chunks of chunk bytes; the last answer.
inline HttpResult putFile(const ServerProcess &server, const QString &token, const QByteArray &file,
                          qint64 chunk = 1 << 20)
{
    HttpResult last;
    qint64 from = 0;
    do {
        const qint64 length = std::min<qint64>(chunk, file.size() - from);
        last = putChunk(server, token, file, from, length);
        if (last.status != 200)
            return last;
        from += length;
    } while (from < file.size());
    return last;
}

inline QString meetingOf(SyncedDevice &owner, const char *title, bool confidential)
{
    Appointment a;
    a.owner = owner.personId();
    a.title = QString::fromUtf8(title);
    a.confidential = confidential;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    return AgendaRepo(owner.db()).add(a, true);
}

// A document record of the file, written on the device (not yet synced).
inline QString documentOf(SyncedDevice &device, const QByteArray &file, const QString &meeting,
                          const char *title = "Jaarstukken", const char *mime = "application/pdf")
{
    Document d;
    d.title = QString::fromUtf8(title);
    d.mime = QString::fromLatin1(mime);
    d.size = file.size();
    d.sha256 = sha256Of(file);
    d.addedBy = device.personId();
    d.appointmentId = meeting;
    return DocumentRepo(device.db()).add(d);
}

// One round of the device's fetch-ahead, waited for: the files fetched (-1: the round did
// not end in time) and why it stopped early (empty: it did not).
struct FetchRound {
    int fetched = -1;
    QString error;
};
inline FetchRound fetchAheadRound(client::FetchAhead &ahead)
{
    FetchRound round;
    const auto connection =
        QObject::connect(&ahead, &client::FetchAhead::done, [&](int n, const QString &e) {
            round.fetched = n;
            round.error = e;
        });
    ahead.run();
    waitFor([&] { return round.fetched >= 0; }, 30000);
    QObject::disconnect(connection);
    return round;
}

} // namespace spil::test
