// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterAnswers.h"

#include "core/common/Clock.h"
#include "core/letters/LetterRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

void LetterAnswers::clear()
{
    m_primed = false;
    m_comments.clear();
    m_approvals.clear();
}

QList<LetterAnswer> LetterAnswers::take(Database &db, const QStringList &letterIds,
                                        const QString &me)
{
    QList<LetterAnswer> out;
    LetterRepo letters(db);
    if (!m_primed) {
        // The comments of the session's first sync are not news: they may be days old.
        for (const Letter &l : letters.all())
            m_comments.insert(l.id, l.comment);
        m_primed = true;
    }
    const auto person = me.isEmpty() ? std::nullopt : PeopleRepo(db).byId(me);
    const qint64 now = db.clock().nowMs();
    for (const QString &id : letterIds) {
        const auto l = letters.byId(id);
        if (!l)
            continue;
        const QString seenComment = m_comments.value(id);
        m_comments.insert(id, l->comment);
        if (!person || l->owner == me || !person->principals.contains(l->owner))
            continue;
        if (l->state == LetterState::Ready && l->approvedBy == l->owner &&
            now - l->approvedAt <= kFreshMs && m_approvals.value(id) != l->approvedAt) {
            m_approvals.insert(id, l->approvedAt);
            out << LetterAnswer{*l, true};
        } else if (l->state == LetterState::Draft && !l->comment.isEmpty() &&
                   l->comment != seenComment) {
            out << LetterAnswer{*l, false};
        }
    }
    return out;
}

} // namespace spil
