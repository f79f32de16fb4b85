// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/MeetingAgendaModel.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingRepo.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

namespace {
QString papersInText(const PapersIn &in)
{
    if (in.total == 0)
        return {};
    return MeetingAgendaModel::tr("Papers in: %1 of %2").arg(in.in).arg(in.total);
}
} // namespace

MeetingAgendaModel::MeetingAgendaModel(QObject *parent) : RowList(parent) {}

MeetingAgendaModel::MeetingAgendaModel(OfficeStore *office, PeopleDirectory *people,
                                       QObject *parent)
    : MeetingAgendaModel(parent)
{
    link(office, people);
}

void MeetingAgendaModel::reload()
{
    QList<Row> rows;
    m_title.clear();
    m_whenText.clear();
    m_homeWhenText.clear();
    m_papersText.clear();
    m_late = 0;
    readGuarded("MeetingAgendaModel", [&] {
        if (!open() || meeting().appointmentId.isEmpty())
            return;
        Database &db = *office()->store();
        const auto a = AgendaRepo(db).byId(meeting().appointmentId);
        if (!a)
            return;
        const MeetingRef ref = meeting();
        const qint64 start = ref.occurrenceUtc >= 0 ? ref.occurrenceUtc : a->startUtc;
        const QTimeZone zone = office()->localZone();
        m_title = a->title;
        const qint64 end = start + (a->endUtc - a->startUtc);
        m_whenText = display::dayLong(dateIn(start, zone)) + QStringLiteral(" · ") +
                     display::timeRange(start, end, zone);
        // Abroad, the time at home beside it, as Today and the appointment show it.
        const QString homeId = people()->homeZoneId(a->tz);
        // A home zone that cannot be read leaves the page as it is, without home time.
        const QString atHome = display::homeTimeRange(start, end, QTimeZone(homeId.toUtf8()), zone);
        if (!atHome.isEmpty())
            m_homeWhenText = tr("home %1 %2").arg(display::zoneCity(homeId), atHome);
        MeetingRepo meetings(db);
        const qint64 now = office()->clock().nowMs();
        m_papersText = papersInText(meetings.papersIn(ref));
        m_late = int(meetings.latePapers(ref).size());
        for (const MeetingItem &item : meetings.items(ref)) {
            PapersIn in;
            int late = 0;
            for (const MeetingPaper &p : meetings.papers(item.id)) {
                ++in.total;
                in.in += p.isIn() ? 1 : 0;
                late += p.isLate(now) ? 1 : 0;
            }
            QStringList closedTo;
            for (const QString &person : item.closedTo)
                closedTo << people()->nameOf(person);
            rows << Row{
                item.id,
                item.position,
                item.title,
                item.presenter.isEmpty() ? QString() : people()->nameOf(item.presenter),
                item.minutesAllotted > 0 ? tr("%n min", nullptr, item.minutesAllotted) : QString(),
                papersInText(in),
                late,
                closedTo.isEmpty() ? QString()
                                   : tr("Closed to %1").arg(closedTo.join(QStringLiteral(", ")))};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

} // namespace spil::qml
