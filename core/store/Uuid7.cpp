// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Uuid7.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <array>

namespace spil {

QString makeUuid7(qint64 unixMs)
{
    std::array<quint8, 16> b{};
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (40 - 8 * i));
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data() + 8), 2);
    const quint32 randA = QRandomGenerator::system()->generate();
    b[6] = static_cast<quint8>(0x70 | (randA & 0x0f));
    b[7] = static_cast<quint8>(randA >> 8);
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3f));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return out;
}

bool isUuid(const QString &text)
{
    // Anchored: '$' alone would also match before a final newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return re.match(text).hasMatch();
}

} // namespace spil
