// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <utility>

namespace spil::server {

// One HTTP request as the DAV port received it, whatever its method.
struct DavRequest {
    QByteArray method;
    QByteArray target;                     // the path and query as sent, still percent-encoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct DavResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.emplaceBack(name, value);
    }
};

} // namespace spil::server
