// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/Archive.h"

#include "core/common/Sha256.h"

namespace spil {

QDate noticeDate(const ArchiveItem &item)
{
    if (item.kind != ArchiveKind::Contract || !item.contractEnd.isValid())
        return {};
    return item.contractEnd.addMonths(-item.noticeMonths);
}

QDate noticeTaskDay(const ArchiveItem &item, const QDate &today)
{
    const QDate notice = noticeDate(item);
    if (!notice.isValid() || notice < today)
        return {};
    return std::max(notice.addDays(-kNoticeLeadDays), today);
}

QString noticeTaskId(const QString &archiveItemId)
{
    Sha256 hash;
    hash.addData(QStringLiteral("archive-notice\n%1").arg(archiveItemId).toUtf8());
    QString hex = hash.hex().left(32);
    // An RFC 9562 UUID of version 8 (custom), so it reads as the id it is.
    hex[12] = QLatin1Char('8');
    hex[16] = QLatin1Char("89ab"[hex[16].digitValue() & 3]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QDate retentionEnds(const ArchiveItem &item)
{
    if (item.retentionYears <= 0 || !item.date.isValid())
        return {};
    return item.date.addYears(item.retentionYears);
}

bool retentionPassed(const ArchiveItem &item, const QDate &today)
{
    const QDate ends = retentionEnds(item);
    return ends.isValid() && ends < today;
}

QString locationText(const PaperLocation &location, const QStringList &words)
{
    const QStringList labels = words.size() == 3
                                   ? words
                                   : QStringList{QStringLiteral("Cabinet"),
                                                 QStringLiteral("Binder"), QStringLiteral("Shelf")};
    QStringList parts;
    const QString values[] = {location.cabinet, location.binder, location.shelf};
    for (int i = 0; i < 3; ++i) {
        if (!values[i].trimmed().isEmpty())
            parts << labels.at(i) + QLatin1Char(' ') + values[i].trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace spil
