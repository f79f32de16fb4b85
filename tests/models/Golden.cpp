// SPDX-License-Identifier: GPL-3.0-or-later
#include "Golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>
#include <vector>

namespace spil::test {

namespace {
struct Op {
    char kind; // ' ' kept, '-' only before, '+' only after
    qsizetype before, after;
};

// The shortest edit from before to after, by the longest common subsequence (the files are
// a few hundred lines at most).
std::vector<Op> edits(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)],
                                                                lcs[size_t(i)][size_t(j + 1)]);
    }
    std::vector<Op> ops;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops.push_back({' ', i++, j++});
        } else if (i < n &&
                   (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            ops.push_back({'-', i++, j}); // what went before what came, as diff prints it
        } else {
            ops.push_back({'+', i, j++});
        }
    }
    return ops;
}
} // namespace

QString unifiedDiff(const QStringList &before, const QStringList &after, int context)
{
    const std::vector<Op> ops = edits(before, after);
    QString out;
    size_t k = 0;
    while (k < ops.size()) {
        if (ops[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from context lines before this change to context lines after the last
        // change that is no more than 2 * context kept lines further on.
        size_t first = k >= size_t(context) ? k - size_t(context) : 0;
        while (first < k && ops[first].kind != ' ')
            ++first;
        size_t last = k;
        for (size_t kept = 0, at = k + 1; at < ops.size(); ++at) {
            if (ops[at].kind != ' ') {
                last = at;
                kept = 0;
            } else if (++kept > size_t(2 * context)) {
                break;
            }
        }
        const size_t end = std::min(ops.size(), last + 1 + size_t(context));
        qsizetype beforeCount = 0, afterCount = 0;
        for (size_t at = first; at < end; ++at) {
            beforeCount += ops[at].kind != '+' ? 1 : 0;
            afterCount += ops[at].kind != '-' ? 1 : 0;
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(ops[first].before + 1)
                   .arg(beforeCount)
                   .arg(ops[first].after + 1)
                   .arg(afterCount);
        for (size_t at = first; at < end; ++at) {
            const Op &op = ops[at];
            out += QLatin1Char(op.kind) + (op.kind == '+' ? after[op.after] : before[op.before]) +
                   QLatin1Char('\n');
        }
        k = end;
    }
    return out;
}

::testing::AssertionResult matchesGolden(const QString &name, const QString &text)
{
    const QString path = QStringLiteral(SPIL_GOLDEN_DIR "/%1.txt").arg(name);
    const QString shown = QStringLiteral("tests/golden/%1.txt").arg(name);
    if (qEnvironmentVariableIntValue("SPIL_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return ::testing::AssertionFailure() << "cannot write " << shown.toStdString();
        return ::testing::AssertionSuccess();
    }
    const char *how = "If the change is meant, run the golden test again with SPIL_UPDATE_GOLDEN=1 "
                      "in the environment and commit the changed files under tests/golden.";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure() << shown.toStdString() << " is missing. " << how;
    const QString golden = QString::fromUtf8(file.readAll());
    if (golden == text)
        return ::testing::AssertionSuccess();
    // Both end with a newline: no empty last line to show in the diff.
    const auto lines = [](const QString &t) {
        return t.chopped(t.endsWith(u'\n') ? 1 : 0).split(u'\n');
    };
    const QString diff = unifiedDiff(lines(golden), lines(text));
    return ::testing::AssertionFailure()
           << shown.toStdString() << " differs from what the models show now (- golden, + now):\n"
           << "--- " << shown.toStdString() << "\n+++ now\n"
           << diff.toStdString() << how;
}

} // namespace spil::test
