// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"

#include <QString>

namespace spil::test {

// A calendar app on a server's CalDAV port (started with --dav-port 0): one user signed in
// with an app password of their own, made by spil-server for the test.
class DavClient {
public:
    DavClient(ServerProcess &server, const QString &user);
    // With a password of the caller's (a wrong or revoked one).
    DavClient(ServerProcess &server, const QString &user, const QString &password);

    // path is below the DAV root ("dav/calendars/maarten/agenda/"); redirects are not followed.
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {}) const;
    HttpResult propfind(const QString &path, const QByteArray &depth,
                        const QByteArray &body = {}) const;
    HttpResult put(const QString &path, const QByteArray &ics,
                   const QByteArray &ifMatch = {}) const;

    QString password() const { return m_password; }
    QString deviceId() const { return m_deviceId; }
    QString url() const { return m_server.davUrl(); }
    QString user() const { return m_user; }

private:
    ServerProcess &m_server;
    QString m_user;
    QString m_password;
    QString m_deviceId;
};

// One VEVENT in a calendar, in UTC.
QByteArray eventIcs(const QString &uid, const QString &title, qint64 startUtc, qint64 endUtc);

} // namespace spil::test
