// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// "3 of 5 papers in" for the next meeting of the agenda's person that asks for papers: the
// line on the director's Today, which opens that meeting.
class NextPapers : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool present READ present NOTIFY changed)
    Q_PROPERTY(QString appointmentId READ appointmentId NOTIFY changed)
    Q_PROPERTY(double occurrenceUtc READ occurrenceUtc NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)   // "3 of 5 papers in"
    Q_PROPERTY(QString title READ title NOTIFY changed) // the meeting, with its day
    Q_PROPERTY(int late READ late NOTIFY changed)
    // Papers in that the user has not opened yet: what to read first.
    Q_PROPERTY(int unread READ unread NOTIFY changed)
public:
    explicit NextPapers(QObject *parent = nullptr);
    NextPapers(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    bool present() const { return !m_appointmentId.isEmpty(); }
    QString appointmentId() const { return m_appointmentId; }
    double occurrenceUtc() const { return double(m_occurrenceUtc); }
    QString text() const { return m_text; }
    QString title() const { return m_title; }
    int late() const { return m_late; }
    int unread() const { return m_unread; }
    void reload() override;
Q_SIGNALS:
    void changed();

private:
    QString m_appointmentId;
    qint64 m_occurrenceUtc = -1;
    QString m_text, m_title;
    int m_late = 0;
    int m_unread = 0;
};

} // namespace spil::qml
