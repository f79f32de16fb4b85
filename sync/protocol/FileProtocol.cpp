// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol/FileProtocol.h"

#include "core/common/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace spil::protocol {

namespace {
// Whole numbers of at most 15 digits: no overflow, and far beyond any file's size.
const QString kNumber = QStringLiteral("([0-9]{1,15})");

qint64 number(const QRegularExpressionMatch &m, int i)
{
    return m.captured(i).toLongLong();
}
} // namespace

QByteArray encode(const UploadStatus &status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sha256"), status.sha256},
                                     {QStringLiteral("size"), status.size},
                                     {QStringLiteral("received"), status.received},
                                     {QStringLiteral("complete"), status.complete}})
        .toJson(QJsonDocument::Compact);
}

UploadStatus decodeUploadStatus(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto whole = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0)
            fail(ErrorKind::BadInput, QStringLiteral("upload status: '%1' must be a whole number")
                                          .arg(QLatin1String(key)));
        return v.toInteger();
    };
    if (!o.value(QStringLiteral("sha256")).isString() ||
        !o.value(QStringLiteral("complete")).isBool())
        fail(ErrorKind::BadInput, QStringLiteral("upload status: not an upload status"));
    return {o.value(QStringLiteral("sha256")).toString(), whole("size"), whole("received"),
            o.value(QStringLiteral("complete")).toBool()};
}

std::optional<ChunkRange> parseContentRange(const QString &header)
{
    static const QRegularExpression empty(QStringLiteral("^bytes \\*/") + kNumber +
                                          QStringLiteral("$"));
    static const QRegularExpression span(QStringLiteral("^bytes %1-%1/%1$").arg(kNumber));
    if (const auto m = empty.match(header); m.hasMatch())
        return ChunkRange{number(m, 1), 0, number(m, 1)};
    const auto m = span.match(header);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 start = number(m, 1), end = number(m, 2), total = number(m, 3);
    if (end < start || end >= total)
        return std::nullopt;
    return ChunkRange{start, end - start + 1, total};
}

QByteArray contentRange(const ChunkRange &range)
{
    if (range.length == 0)
        return "bytes */" + QByteArray::number(range.total);
    return "bytes " + QByteArray::number(range.start) + '-' +
           QByteArray::number(range.start + range.length - 1) + '/' +
           QByteArray::number(range.total);
}

RangeRequest resolveRange(const QString &header, qint64 size)
{
    if (header.isEmpty())
        return {RangeRequest::Whole, 0, size};
    static const QRegularExpression form(QStringLiteral("^bytes=(?:%1-%1?|-%1)$").arg(kNumber));
    const auto m = form.match(header.trimmed());
    if (!m.hasMatch())
        return {RangeRequest::Malformed, 0, 0};
    if (!m.captured(3).isEmpty()) { // the last N bytes
        const qint64 n = number(m, 3);
        if (n == 0 || size == 0)
            return {RangeRequest::Unsatisfiable, 0, 0};
        const qint64 length = std::min(n, size);
        return {RangeRequest::Part, size - length, length};
    }
    const qint64 from = number(m, 1);
    if (from >= size)
        return {RangeRequest::Unsatisfiable, 0, 0};
    if (!m.captured(2).isEmpty() && number(m, 2) < from)
        return {RangeRequest::Malformed, 0, 0};
    const qint64 last = m.captured(2).isEmpty() ? size - 1 : std::min(number(m, 2), size - 1);
    return {RangeRequest::Part, from, last - from + 1};
}

} // namespace spil::protocol
