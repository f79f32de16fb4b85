// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "qml/shell/MinuteTicker.h"
#include "qml/shell/OfficeView.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace spil {
class Error;
}

namespace spil::qml {

// One appointment as a card or a page shows it. With followNext on it follows the agenda
// person's next appointment (the one running now, else the next one within a week) and
// counts down to it: the director's card on Today.
class AppointmentDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString appointmentId READ appointmentId WRITE setAppointmentId NOTIFY changed)
    // The instance's start, for one instance of a series; 0: the appointment itself.
    Q_PROPERTY(double startUtc READ startUtc WRITE setStartUtc NOTIFY changed)
    Q_PROPERTY(bool followNext READ followNext WRITE setFollowNext NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString dayText READ dayText NOTIFY changed)
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    Q_PROPERTY(QString homeTimeText READ homeTimeText NOTIFY changed)
    Q_PROPERTY(QString localZoneLabel READ localZoneLabel NOTIFY changed)
    Q_PROPERTY(QString homeZoneLabel READ homeZoneLabel NOTIFY changed)
    Q_PROPERTY(QString timeLeft READ timeLeft NOTIFY changed)
    // How far off its start is ("in 2 h", "in 3 days"), for a page that gives its day and
    // time beside it; empty once it has started.
    Q_PROPERTY(QString startsIn READ startsIn NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QStringList attendees READ attendees NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(QString readFirst READ readFirst NOTIFY changed)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY changed)
    Q_PROPERTY(QString ownerId READ ownerId NOTIFY changed)
    // The contact it is with (empty: none), and how they get through to the owner, for who
    // keeps the owner's gate.
    Q_PROPERTY(QString contactId READ contactId NOTIFY changed)
    Q_PROPERTY(QString contactName READ contactName NOTIFY changed)
    Q_PROPERTY(QString gateText READ gateText NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool confidential READ confidential NOTIFY changed)
    Q_PROPERTY(bool recurring READ recurring NOTIFY changed)
    // Double bookings and prep-time intrusions of this occurrence, one per line.
    Q_PROPERTY(QString warnings READ warnings NOTIFY changed)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY changed)
    // Moving and editing: whoever serves the owner, or the office manager for what is not
    // confidential (as the server allows); confidentiality only by those serving the owner.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool canSetConfidential READ canSetConfidential NOTIFY changed)
    Q_PROPERTY(double occurrenceStartUtc READ occurrenceStartUtc NOTIFY changed)
    Q_PROPERTY(int minutes READ minutes NOTIFY changed)
    // The appointment shown and, for one of a series, the instance's original start (-1
    // otherwise): what the timeline calls this occurrence.
    Q_PROPERTY(QString shownId READ shownId NOTIFY changed)
    Q_PROPERTY(double recurrenceIdUtc READ recurrenceIdUtc NOTIFY changed)
    // Days from today to the occurrence's day, as TimelineModel's offset counts them.
    Q_PROPERTY(int dayOffset READ dayOffset NOTIFY changed)
    Q_PROPERTY(QStringList attendeeIds READ attendeeIds NOTIFY changed)
    // Why the last move or edit was refused (double booking, prep time), in the user's
    // language; forcing it goes through.
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)

public:
    explicit AppointmentDetails(QObject *parent = nullptr);
    AppointmentDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString appointmentId() const { return m_id; }
    void setAppointmentId(const QString &id);
    double startUtc() const { return double(m_start); }
    void setStartUtc(double start);
    bool followNext() const { return m_followNext; }
    void setFollowNext(bool on);

    bool found() const { return m_found; }
    bool running() const { return m_running; }
    QString title() const { return m_title; }
    QString dayText() const { return m_dayText; }
    QString timeText() const { return m_timeText; }
    QString homeTimeText() const { return m_homeTimeText; }
    QString localZoneLabel() const { return m_localZoneLabel; }
    QString homeZoneLabel() const { return m_homeZoneLabel; }
    QString timeLeft() const { return m_timeLeft; }
    QString startsIn() const { return m_startsIn; }
    QString place() const { return m_place; }
    QStringList attendees() const { return m_attendees; }
    QString kindText() const { return m_kindText; }
    QString readFirst() const { return m_readFirst; }
    QString ownerName() const { return m_ownerName; }
    QString ownerId() const { return m_ownerId; }
    QString contactId() const { return m_contactId; }
    QString contactName() const { return m_contactName; }
    QString gateText() const { return m_gateText; }
    QString statusText() const { return m_statusText; }
    bool confidential() const { return m_confidential; }
    bool recurring() const { return m_recurring; }
    QString warnings() const { return m_warnings; }
    bool canCancel() const { return m_canCancel; }
    bool canEdit() const { return m_canEdit; }
    bool canSetConfidential() const { return m_canSetConfidential; }
    double occurrenceStartUtc() const { return double(m_occurrenceStart); }
    int minutes() const { return m_minutes; }
    QString shownId() const { return m_hitId; }
    double recurrenceIdUtc() const { return m_recurring ? double(m_originalStart) : -1; }
    int dayOffset() const { return m_dayOffset; }
    QStringList attendeeIds() const { return m_attendeeIds; }
    QString refusal() const { return m_refusal; }

    // Cancels this occurrence (one of a series: only this one); undoCancel() brings it back.
    Q_INVOKABLE bool cancel();
    Q_INVOKABLE void undoCancel();
    // Moves this occurrence (one of a series: only this one); false with refusal set when
    // refused. changeDone says what happened; undoChange() puts it back.
    Q_INVOKABLE bool moveTo(double startUtc, int minutes, bool force = false);
    // Notes and confidentiality are left alone for one of a series (they are the series').
    Q_INVOKABLE bool edit(const QString &title, const QString &place, int minutes,
                          const QString &notes, bool confidential, bool force = false);
    Q_INVOKABLE void undoChange();

    static QString kindLabel(AppointmentKind kind);

    void reload() override;

Q_SIGNALS:
    void changed();
    void changeDone(const QString &message);

private:
    bool change(const AppointmentEdit &edit, bool force, const QString &done);
    QString refusalText(const Error &e, qint64 startUtc, qint64 endUtc) const;
    QString m_id;
    qint64 m_start = 0;
    bool m_followNext = false;
    bool m_found = false, m_running = false, m_confidential = false, m_recurring = false;
    QString m_title, m_dayText, m_timeText, m_homeTimeText, m_localZoneLabel, m_homeZoneLabel,
        m_timeLeft, m_startsIn, m_place, m_kindText, m_readFirst, m_ownerName, m_statusText;
    QString m_contactId, m_contactName, m_gateText;
    QStringList m_attendees;
    QString m_warnings;
    bool m_canCancel = false;
    qint64 m_originalStart = -1;                   // of a series instance
    std::optional<AppointmentStatus> m_undoStatus; // a one-off's status before it was cancelled
    QString m_undoException;                       // the exception that cancelled a series instance
    bool m_canEdit = false, m_canSetConfidential = false;
    qint64 m_occurrenceStart = 0;
    int m_minutes = 0;
    int m_dayOffset = 0;
    QStringList m_attendeeIds;
    QString m_refusal;
    QString m_ownerId;
    QString m_hitId; // the appointment shown (followed or chosen)
    std::optional<OccurrenceChange> m_undoChange;
    qint64 m_undoStart = 0; // where the page was before the change
    QString m_undoId;
    bool m_undoFollow = false;
    MinuteTicker m_ticker;
};

} // namespace spil::qml
