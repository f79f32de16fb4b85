// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/meetings/MeetingListModel.h"

namespace spil::qml {

void MeetingListModel::setAppointmentId(const QString &id)
{
    switchTo({id, m_meeting.occurrenceUtc});
}

void MeetingListModel::setOccurrenceUtc(double utc)
{
    switchTo({m_meeting.appointmentId, utc < 0 ? -1 : qint64(utc)});
}

void MeetingListModel::switchTo(MeetingRef meeting)
{
    if (meeting == m_meeting)
        return;
    m_meeting = std::move(meeting);
    meetingSwitched();
    Q_EMIT meetingChanged();
    reload();
}

} // namespace spil::qml
