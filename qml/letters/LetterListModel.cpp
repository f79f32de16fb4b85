// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/letters/LetterListModel.h"

#include "core/contacts/ContactRepo.h"
#include "core/letters/LetterRepo.h"
#include "core/store/Database.h"
#include "qml/shell/ReadGuard.h"

#include <QLocale>

namespace spil::qml {

LetterListModel::LetterListModel(QObject *parent) : RowList(parent) {}

LetterListModel::LetterListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : LetterListModel(parent)
{
    link(office, people);
}

QString LetterListModel::stateText(LetterState state)
{
    switch (state) {
    case LetterState::Notes:
        return tr("Notes");
    case LetterState::Draft:
        return tr("Draft");
    case LetterState::Approval:
        return tr("Waiting for approval");
    case LetterState::Ready:
        return tr("Ready to send");
    case LetterState::Sent:
        return tr("Sent");
    }
    return {};
}

void LetterListModel::setWaitingOnMe(bool waiting)
{
    if (waiting == m_waitingOnMe)
        return;
    m_waitingOnMe = waiting;
    Q_EMIT waitingOnMeChanged();
    reload();
}

bool LetterListModel::canEdit() const
{
    return people() && keepsLetters(people()->me().role);
}

void LetterListModel::reload()
{
    QList<Row> rows;
    readGuarded("LetterListModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        LetterRepo letters(db);
        ContactRepo contacts(db);
        const QString me = people()->me().id;
        const QList<Letter> all = m_waitingOnMe ? letters.waitingFor(me) : letters.all();
        const QLocale locale;
        for (const Letter &l : all) {
            const auto contact = contacts.byId(l.contactId);
            QString recipient = contact ? contact->name : QString();
            if (contact && !contact->organisation.isEmpty())
                recipient += QStringLiteral(", ") + contact->organisation;
            QString detail;
            if (l.state == LetterState::Sent)
                detail = (l.via == LetterVia::Email ? tr("Sent by e-mail on %1")
                                                    : tr("Sent by post on %1"))
                             .arg(locale.toString(l.sentOn, QStringLiteral("d MMM yyyy")));
            else if (l.state == LetterState::Draft && !l.comment.isEmpty())
                detail = tr("Comment: %1").arg(l.comment);
            else
                detail = l.language == ContactLanguage::English ? tr("In English") : tr("In Dutch");
            rows << Row{l.id,    l.subject,          recipient, people()->nameOf(l.owner),
                        l.state, stateText(l.state), detail,    l.confidential};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString LetterListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

} // namespace spil::qml
