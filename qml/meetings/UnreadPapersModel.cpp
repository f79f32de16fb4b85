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

void UnreadPapersModel::setAppointmentId(const QString &id)
{
    if (id == m_appointmentId)
        return;
    m_appointmentId = id;
    Q_EMIT meetingChanged();
    reload();
}

void UnreadPapersModel::setOccurrenceUtc(double utc)
{
    const qint64 value = utc < 0 ? -1 : qint64(utc);
    if (value == m_occurrenceUtc)
        return;
    m_occurrenceUtc = value;
    Q_EMIT meetingChanged();
    reload();
}

void UnreadPapersModel::reload()
{
    QList<UnreadPapersRow> rows;
    m_shown = false;
    readGuarded("UnreadPapersModel", [&] {
        if (!open() || m_appointmentId.isEmpty())
            return;
        Database &db = *office()->store();
        const auto a = AgendaRepo(db).byId(m_appointmentId);
        if (!a)
            return;
        // The server gives others' reads to the owner's side only: anyone else would read
        // everyone as unread.
        const Person &me = people()->me();
        m_shown = me.id == a->owner || me.principals.contains(a->owner) ||
                  me.role == Role::OfficeManager || me.role == Role::Admin;
        if (!m_shown)
            return;
        for (const AttendeeReading &r :
             PaperReadRepo(db).unreadFor({m_appointmentId, m_occurrenceUtc})) {
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
