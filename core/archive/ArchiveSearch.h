// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spil {

// The search's parts, apart so the core tests and the benchmark name them.

// The user's words as an FTS5 query: each word a quoted prefix, all required; quotes
// doubled, so no word is read as FTS5 syntax. Empty for no words.
QString archiveMatchQuery(const QString &text);
// The words of text, lower-cased and without accents, as the index folds them.
QStringList foldedWords(const QString &text);
// The optimal-string-alignment distance of a and b (Damerau-Levenshtein where no
// substring is edited twice): insertions, deletions, substitutions and swaps of two
// neighbouring letters each cost 1. Stops counting above limit (returns limit + 1).
int editDistance(const QString &a, const QString &b, int limit);
// How many edits a word of this length may be from a name and still find it: none below 4
// letters (too many short names lie one letter apart), 1 up to 7, 2 from 8.
int typosAllowed(qsizetype length);

} // namespace spil
