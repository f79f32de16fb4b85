// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/Letter.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace spil {

class Database;

// The director's answer to a letter that waited for him, as it reached an assistant's device.
struct LetterAnswer {
    Letter letter;
    bool approved = false; // else commented: back to a draft with his words
};

// "Maarten approved: X", "Maarten commented on X": of the letters a sync brought to this
// device, those whose director answered, for the assistants who serve him (not the director
// himself, nor whoever answered). An approval is told while fresh (kFreshMs after
// approved_at); a comment when its words differ from those this device last saw of the
// letter (the first sync of a session only remembers them). Each answer is told once while
// the office stays open.
class LetterAnswers {
public:
    static constexpr qint64 kFreshMs = 10 * 60 * 1000;
    QList<LetterAnswer> take(Database &db, const QStringList &letterIds, const QString &me);
    void clear();

private:
    bool m_primed = false;
    QHash<QString, QString> m_comments; // letter id -> its comment as last seen
    QHash<QString, qint64> m_approvals; // letter id -> the approved_at told
};

} // namespace spil
