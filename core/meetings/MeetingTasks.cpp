// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingTasks.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Time.h"
#include "core/meetings/MeetingRecords.h"
#include "core/meetings/MeetingRepo.h"
#include "core/store/Database.h"

namespace spil {

using namespace meetings;

namespace {
MeetingTaskWords fullPaperWords(const Appointment &meeting, const MeetingItem &item,
                                const QString &paperTitle, qint64 startUtc)
{
    const QTimeZone zone =
        isValidZone(meeting.tz) ? QTimeZone(meeting.tz.toUtf8()) : QTimeZone::utc();
    return {paperTitle, QStringLiteral("Paper for %1 (%2), item %3: %4")
                            .arg(meeting.title, formatInstant(startUtc, zone),
                                 QString::number(item.position), item.title)};
}

MeetingTaskWords fullActionWords(const MeetingItem &item, const QString &text)
{
    return {text, QStringLiteral("Action from the minutes: %1").arg(item.title)};
}

qint64 startOf(const Appointment &meeting, const MeetingItem &item)
{
    return item.meeting.occurrenceUtc >= 0 ? item.meeting.occurrenceUtc : meeting.startUtc;
}
} // namespace

bool namesItsItem(const Appointment &meeting, const MeetingItem &item)
{
    return item.closedTo.isEmpty() && !meeting.confidential;
}

MeetingTaskWords paperTaskWords(const Appointment &meeting, const MeetingItem &item,
                                const QString &paperTitle, qint64 startUtc)
{
    if (!namesItsItem(meeting, item))
        return {QStringLiteral("Paper for a meeting"), QString()};
    return fullPaperWords(meeting, item, paperTitle, startUtc);
}

MeetingTaskWords actionTaskWords(const Appointment &meeting, const MeetingItem &item,
                                 const QString &text)
{
    if (!namesItsItem(meeting, item))
        return {QStringLiteral("Action from a meeting"), QString()};
    return fullActionWords(item, text);
}

std::optional<MeetingTaskWords> meetingTaskWords(Database &db, const QString &taskId)
{
    if (taskId.isEmpty())
        return std::nullopt;
    MeetingRepo repo(db);
    const auto itemAndMeeting =
        [&](const QString &itemId) -> std::optional<std::pair<MeetingItem, Appointment>> {
        const auto item = repo.itemById(itemId);
        if (!item)
            return std::nullopt;
        const auto meeting = AgendaRepo(db).byId(item->meeting.appointmentId);
        if (!meeting)
            return std::nullopt;
        return std::pair(*item, *meeting);
    };
    const QVariantList args{taskId};
    for (const QVariantMap &paper : select(db, kPapers, QStringLiteral("task_id = ?"), args)) {
        if (const auto found = itemAndMeeting(paper.value(QStringLiteral("item_id")).toString()))
            return fullPaperWords(found->second, found->first,
                                  paper.value(QStringLiteral("title")).toString(),
                                  startOf(found->second, found->first));
    }
    for (const QVariantMap &entry : select(db, kEntries, QStringLiteral("task_id = ?"), args)) {
        if (const auto found = itemAndMeeting(entry.value(QStringLiteral("item_id")).toString()))
            return fullActionWords(found->first, entry.value(QStringLiteral("text")).toString());
    }
    return std::nullopt;
}

} // namespace spil
