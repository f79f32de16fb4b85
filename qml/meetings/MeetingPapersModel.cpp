// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/MeetingPapersModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingRepo.h"
#include "core/meetings/PaperReads.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/PeopleDirectory.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

MeetingPapersModel::MeetingPapersModel(OfficeStore *office, PeopleDirectory *people,
                                       QObject *parent)
    : MeetingPapersModel(parent)
{
    link(office, people);
}

void MeetingPapersModel::reload()
{
    QList<MeetingPaperRow> rows;
    readGuarded("MeetingPapersModel", [&] {
        if (!open() || meeting().appointmentId.isEmpty())
            return;
        Database &db = *office()->store();
        MeetingRepo meetings(db);
        PaperReadRepo reads(db);
        const qint64 now = office()->clock().nowMs();
        const QTimeZone zone = office()->localZone();
        const QString me = people()->me().id;
        for (const MeetingItem &item : meetings.items(meeting())) {
            for (const MeetingPaper &p : meetings.papers(item.id)) {
                MeetingPaperRow row{p.id, p.title, item.title, p.documentId, {}, p.isLate(now)};
                row.read = p.isIn() && !me.isEmpty() && reads.read(p.documentId, me).has_value();
                const QString due =
                    p.dueUtc >= 0 ? display::dayShort(dateIn(p.dueUtc, zone)) : QString();
                if (p.isIn())
                    row.stateText = row.read ? tr("In · read") : tr("In · not read yet");
                else if (row.late)
                    row.stateText = tr("Late · was due %1").arg(due);
                else
                    row.stateText = due.isEmpty() ? tr("Not in yet") : tr("Due %1").arg(due);
                rows << row;
            }
        }
    });
    setRows(std::move(rows), [](const MeetingPaperRow &r) { return r.id; });
}

} // namespace spil::qml
