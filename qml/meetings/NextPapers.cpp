// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/NextPapers.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

NextPapers::NextPapers(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data | OfficeLink::AgendaPerson);
}

NextPapers::NextPapers(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : NextPapers(parent)
{
    link(office, people);
}

void NextPapers::reload()
{
    m_appointmentId.clear();
    m_occurrenceUtc = -1;
    m_text.clear();
    m_title.clear();
    m_late = 0;
    m_unread = 0;
    readGuarded("NextPapers", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        MeetingRepo meetings(db);
        const auto next = meetings.nextWithPapers(people()->agendaPersonId());
        if (!next)
            return;
        const auto a = AgendaRepo(db).byId(next->appointmentId);
        if (!a)
            return;
        const qint64 start = next->occurrenceUtc >= 0 ? next->occurrenceUtc : a->startUtc;
        const PapersIn in = meetings.papersIn(*next);
        m_appointmentId = next->appointmentId;
        m_occurrenceUtc = next->occurrenceUtc;
        m_text = tr("%1 of %2 papers in").arg(in.in).arg(in.total);
        m_title = display::dayShort(dateIn(start, office()->localZone())) + QStringLiteral(" · ") +
                  a->title;
        m_late = int(meetings.latePapers(*next).size());
        for (const AttendeeReading &r : PaperReadRepo(db).unreadFor(*next)) {
            if (r.person == people()->me().id)
                m_unread = int(r.unread.size());
        }
    });
    Q_EMIT changed();
}

} // namespace spil::qml
