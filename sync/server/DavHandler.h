// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/server/DavCalendars.h"
#include "sync/server/DavMessages.h"
#include "sync/server/DavWrites.h"
#include "sync/server/DavXml.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <utility>

namespace spil::server {

class SyncService;
struct DavQuery;

// CalDAV (RFC 4791) with service discovery (RFC 6764) and sync-collection (RFC 6578), apart
// from any socket: DavServer hands it requests and writes its answers, and tests call it
// directly. Clients sign in with Basic auth, the user's login name and an app password.
// Layout: /dav/principals/USER/, the calendar home /dav/calendars/USER/, and in it
// agenda/, tasks/ and one calendar per director the user serves (by the director's login);
// each appointment or task is UID.ics.
class DavHandler {
public:
    explicit DavHandler(SyncService &service) : m_service(service), m_writes(service, m_cache) {}

    DavResponse handle(const DavRequest &request);

private:
    struct Target; // what a path names
    struct Found;  // where a target lies, and its collection and resource
    Found find(const Target &target, const User &user, DavCalendars &calendars);
    DavResponse dispatch(const DavRequest &request, const Session &session, const Target &target);
    DavResponse propfind(const DavRequest &request, const Session &session, const Target &target);
    DavResponse report(const DavRequest &request, const Session &session, const Target &target);
    DavResponse proppatch(const DavRequest &request, const Session &session, const Target &target);
    DavResponse get(const DavRequest &request, const Session &session, const Target &target);
    DavResponse put(const DavRequest &request, const Session &session, const Target &target);
    DavResponse remove(const DavRequest &request, const Session &session, const Target &target);
    QString syncToken(const Session &session);
    // Writes a resource's text into the cache once the event loop is back, the write's
    // answer queued.
    void keepTextSoon(const User &user, const DavCollection &collection, const QString &name);

    SyncService &m_service;
    DavCache m_cache;
    DavWrites m_writes;
    QObject m_later; // last, so gone first: what keepTextSoon left to do never outlives the rest
};

} // namespace spil::server
