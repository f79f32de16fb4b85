// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchiveSearch.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace spil {

QString archiveMatchQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QStringList foldedWords(const QString &text)
{
    // As unicode61 with remove_diacritics 2: letters and digits make words, marks go.
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain += c.isLetterOrNumber() ? c.toLower() : QChar(QLatin1Char(' '));
    }
    return plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows: the one before the previous is what a swap of neighbours looks back at.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

int typosAllowed(qsizetype length)
{
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

} // namespace spil
