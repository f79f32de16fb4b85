// SPDX-License-Identifier: GPL-3.0-or-later
#include "DavClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace spil::test {

DavClient::DavClient(ServerProcess &server, const QString &user) : m_server(server), m_user(user)
{
    EXPECT_EQ(server.admin({QStringLiteral("app-password"), QStringLiteral("add"), user,
                            QStringLiteral("--label"), QStringLiteral("test calendar")}),
              0);
    const QStringList printed = QString::fromUtf8(server.lastOutput())
                                    .trimmed()
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_deviceId = printed.value(0);
    m_password = printed.value(1);
}

DavClient::DavClient(ServerProcess &server, const QString &user, const QString &password)
    : m_server(server), m_user(user), m_password(password)
{
}

HttpResult DavClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_server.davUrl() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization",
                         "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    if (!waitFor([&] { return reply->isFinished(); }, 30000)) {
        reply->abort();
        reply->deleteLater();
        return {0, "no answer within 30 s"};
    }
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->rawHeaderPairs()};
    reply->deleteLater();
    return result;
}

HttpResult DavClient::propfind(const QString &path, const QByteArray &depth,
                               const QByteArray &body) const
{
    return request("PROPFIND", path, body,
                   {{"Depth", depth}, {"Content-Type", "application/xml; charset=utf-8"}});
}

HttpResult DavClient::put(const QString &path, const QByteArray &ics,
                          const QByteArray &ifMatch) const
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Content-Type", "text/calendar; charset=utf-8"}};
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return request("PUT", path, ics, headers);
}

QByteArray eventIcs(const QString &uid, const QString &title, qint64 startUtc, qint64 endUtc)
{
    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
            .toLatin1();
    };
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//dav//EN\r\nBEGIN:VEVENT\r\nUID:" +
           uid.toUtf8() + "\r\nDTSTAMP:20261130T090000Z\r\nDTSTART:" + utc(startUtc) +
           "\r\nDTEND:" + utc(endUtc) + "\r\nSUMMARY:" + title.toUtf8() +
           "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace spil::test
