// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/UnreadPapersModel.h"

#include "core/agenda/AgendaRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/store/Database.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

UnreadPapersModel::UnreadPapersModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : UnreadPapersModel(parent)
{
    link(office, people);
}

void UnreadPapersModel::reload()
{
    QList<UnreadPapersRow> rows;
    m_shown = false;
    readGuarded("UnreadPapersModel", [&] {
        if (!open() || meeting().appointmentId.isEmpty())
            return;
        Database &db = *office()->store();
        const auto a = AgendaRepo(db).byId(meeting().appointmentId);
        if (!a)
            return;
        // The server gives others' reads to the owner's side only: anyone else would read
        // everyone as unread.
        m_shown = people()->writesAgendaOf(a->owner, a->confidential);
        if (!m_shown)
            return;
        for (const AttendeeReading &r : PaperReadRepo(db).unreadFor(meeting())) {
            if (r.toRead == 0)
                continue;
            QStringList titles;
            for (const ItemPaper &p : r.unread)
                titles << p.paper.title;
            rows << UnreadPapersRow{r.person, people()->nameOf(r.person), int(r.unread.size()),
                                    r.unread.isEmpty()
                                        ? tr("All read")
                                        : tr("%1 of %2 unread").arg(r.unread.size()).arg(r.toRead),
                                    titles.join(QStringLiteral(" · "))};
        }
    });
    setRows(std::move(rows), [](const UnreadPapersRow &r) { return r.personId; });
    Q_EMIT loaded();
}

} // namespace spil::qml
