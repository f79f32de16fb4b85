// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"
#include "qml/shell/RowListModel.h"

namespace spil::qml {

// Base of the lists that show one meeting: its appointment and, for a recurring one, the
// occurrence's original start (occurrenceUtc, -1 otherwise). Setting either reads the rows
// again. Derive from RowList<Row, MeetingListModel>.
class MeetingListModel : public RowListModel {
    Q_OBJECT
    Q_PROPERTY(
        QString appointmentId READ appointmentId WRITE setAppointmentId NOTIFY meetingChanged)
    Q_PROPERTY(double occurrenceUtc READ occurrenceUtc WRITE setOccurrenceUtc NOTIFY meetingChanged)
public:
    QString appointmentId() const { return m_meeting.appointmentId; }
    void setAppointmentId(const QString &id);
    double occurrenceUtc() const { return double(m_meeting.occurrenceUtc); }
    void setOccurrenceUtc(double utc);

Q_SIGNALS:
    void meetingChanged();

protected:
    MeetingListModel(const QMetaObject &rowType, QObject *parent) : RowListModel(rowType, parent) {}
    MeetingRef meeting() const { return m_meeting; }
    // Called when another meeting is set, before the rows are read again.
    virtual void meetingSwitched() {}

private:
    void switchTo(MeetingRef meeting);

    MeetingRef m_meeting;
};

} // namespace spil::qml
