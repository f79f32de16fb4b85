// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/documents/FileCacheSettings.h"

#include "core/documents/FileCache.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>
#include <QVariantMap>

namespace spil::qml {

namespace {
constexpr int kChoicesMb[] = {250, 500, 1024, 2048, 5120, 10240};
}

FileCacheSettings::FileCacheSettings(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : FileCacheSettings(parent)
{
    link(office, people);
}

QString FileCacheSettings::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= (1LL << 30))
        return tr("%1 GB").arg(locale.toString(double(bytes) / (1LL << 30), 'g', 2));
    return tr("%1 MB").arg(locale.toString(qRound64(double(bytes) / (1 << 20))));
}

QVariantList FileCacheSettings::choices() const
{
    QVariantList out;
    for (const int mb : kChoicesMb)
        out << QVariantMap{{QStringLiteral("label"), sizeText(qint64(mb) << 20)},
                           {QStringLiteral("mb"), mb}};
    return out;
}

QString FileCacheSettings::aheadText() const
{
    return tr("The papers of your meetings of the next %n day(s) are kept for reading offline; "
              "others go first when the cache is full.",
              "", FileCache::kAheadDays);
}

void FileCacheSettings::reload()
{
    m_usedText.clear();
    m_usedFraction = 0;
    m_budgetMb = 0;
    if (office()) {
        connect(office(), &OfficeStore::filesChanged, this, &FileCacheSettings::reload,
                Qt::UniqueConnection);
    }
    if (open() && office()->fileCache()) {
        readGuarded("FileCacheSettings", [&] {
            FileCache &cache = *office()->fileCache();
            const qint64 used = cache.used();
            const qint64 budget = cache.budget();
            m_budgetMb = int(budget >> 20);
            m_usedFraction = budget > 0 ? std::min(1.0, double(used) / double(budget)) : 1.0;
            m_usedText = tr("%1 of %2 used").arg(sizeText(used), sizeText(budget));
        });
    }
    Q_EMIT changed();
}

void FileCacheSettings::setBudgetMb(int mb)
{
    if (!open() || !office()->fileCache() || mb <= 0)
        return;
    readGuarded("FileCacheSettings", [&] {
        FileCache &cache = *office()->fileCache();
        cache.setBudget(qint64(mb) << 20);
        cache.tidy(people()->me().id);
    });
    reload();
}

} // namespace spil::qml
