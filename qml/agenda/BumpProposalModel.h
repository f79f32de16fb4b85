// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/BumpMessages.h"
#include "core/agenda/BumpPlanner.h"
#include "core/requests/RequestRepo.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One way to make room, as a row: when the need would go and what moves for it.
struct BumpProposalRow {
    Q_GADGET
    Q_PROPERTY(int number MEMBER number)           // 1, 2, 3: as spilctl's --apply counts
    Q_PROPERTY(QString dayText MEMBER dayText)     // "Mon 30 Nov"
    Q_PROPERTY(QString timeText MEMBER timeText)   // "10:00 – 11:00"
    Q_PROPERTY(QString movesText MEMBER movesText) // "Moves: Weekoverleg, Koffie"
    Q_PROPERTY(int moveCount MEMBER moveCount)
public:
    int number = 0;
    QString dayText, timeText, movesText;
    int moveCount = 0;
    bool operator==(const BumpProposalRow &) const = default;
};

// One appointment the chosen proposal moves: where it is and where it goes.
struct BumpMoveRow {
    Q_GADGET
    QML_VALUE_TYPE(bumpMove)
    Q_PROPERTY(QString appointmentId MEMBER appointmentId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString wasText MEMBER wasText)         // "Mon 30 Nov · 10:00 – 11:00"
    Q_PROPERTY(QString becomesText MEMBER becomesText) // "Tue 1 Dec · 14:00 – 15:00"
    Q_PROPERTY(QString withText MEMBER withText)       // "Lotte de Vries, Jan Smit"
public:
    QString appointmentId, title, wasText, becomesText, withText;
    bool operator==(const BumpMoveRow &) const = default;
};

// The message drafted for one person a move concerns; the user edits it before it leaves.
struct BumpMessageRow {
    Q_GADGET
    QML_VALUE_TYPE(bumpMessage)
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QString languageText MEMBER languageText) // "Dutch", "English"
    Q_PROPERTY(QString aboutText MEMBER aboutText)       // the moved appointment's title
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(QString body MEMBER body)
public:
    int index = 0;
    QString name, email, languageText, aboutText, subject, body;
    bool operator==(const BumpMessageRow &) const = default;
};

// "Make room": for a need of the director's time (who, how long, the window wanted, how
// important), the proposals of BumpPlanner, the moves of the one chosen with a message drafted
// to everyone they concern, and the one action that applies all of it (AgendaRepo::applyBump),
// with undo. Messages leave only through the user's own mail or clipboard.
class BumpProposalModel : public RowList<BumpProposalRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ownerId READ ownerId WRITE setOwnerId NOTIFY needChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY needChanged)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY needChanged)
    Q_PROPERTY(double fromUtc READ fromUtc WRITE setFromUtc NOTIFY needChanged)
    Q_PROPERTY(double toUtc READ toUtc WRITE setToUtc NOTIFY needChanged)
    Q_PROPERTY(spil::AppointmentEnums::Priority importance READ importance WRITE setImportance
                   NOTIFY needChanged)
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY needChanged)
    // Making room for a request whose window is booked: the need is the request's (its
    // director, minutes, window and importance), and confirming books the request in the
    // room made with the moves, in one action.
    Q_PROPERTY(QString requestId READ requestId WRITE setRequestId NOTIFY needChanged)
    // The window in words: "Mon 30 Nov", or "Mon 30 Nov – Fri 4 Dec".
    Q_PROPERTY(QString windowText READ windowText NOTIFY needChanged)
    Q_PROPERTY(int selected READ selected WRITE select NOTIFY selectedChanged)
    Q_PROPERTY(QList<spil::qml::BumpMoveRow> moves READ moves NOTIFY selectedChanged)
    Q_PROPERTY(QList<spil::qml::BumpMessageRow> messages READ messages NOTIFY selectedChanged)
    // Made room already: the page shows what was done until it goes back or undoes it.
    Q_PROPERTY(bool applied READ applied NOTIFY appliedChanged)
    Q_PROPERTY(QString error READ error NOTIFY appliedChanged)

public:
    explicit BumpProposalModel(QObject *parent = nullptr);
    BumpProposalModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;
    void classBegin() override;
    void componentComplete() override;

    QString ownerId() const { return m_need.principal; }
    void setOwnerId(const QString &id);
    QString title() const { return m_need.title; }
    void setTitle(const QString &title);
    int minutes() const { return m_need.minutes; }
    void setMinutes(int minutes);
    double fromUtc() const { return double(m_need.fromUtc); }
    void setFromUtc(double utc);
    double toUtc() const { return double(m_need.toUtc); }
    void setToUtc(double utc);
    AppointmentPriority importance() const { return m_need.importance; }
    void setImportance(AppointmentPriority importance);
    QString contactId() const { return m_need.contactId; }
    void setContactId(const QString &id);
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id);
    QString windowText() const;
    int selected() const { return m_selected; }
    void select(int index);
    QList<BumpMoveRow> moves() const { return m_moves; }
    QList<BumpMessageRow> messages() const { return m_messageRows; }
    bool applied() const { return m_undo.has_value(); }
    QString error() const { return m_error; }

    // The whole chosen day in the owner's zone as the window wanted (the booking page's day).
    Q_INVOKABLE void wantDay(double dayStartUtc);
    // Exactly minutes from startUtc as the window wanted (the time the booking page chose).
    Q_INVOKABLE void wantAt(double startUtc);
    // The user's words for message index; kept while the page is open.
    Q_INVOKABLE void editMessage(int index, const QString &subject, const QString &body);
    // The message as a mailto: link for the device's own mail, or as text to paste.
    Q_INVOKABLE QString mailtoAt(int index) const;
    Q_INVOKABLE QString textAt(int index) const;
    Q_INVOKABLE void copyAt(int index) const;
    // Makes room as the chosen proposal says: one action, all or nothing. False with error
    // set when it was refused (the agenda changed meanwhile: the proposals are read again).
    Q_INVOKABLE bool confirm();
    // Puts everything back in one action.
    Q_INVOKABLE bool undo();

Q_SIGNALS:
    void needChanged();
    void selectedChanged();
    void appliedChanged();

private:
    using Row = BumpProposalRow;
    void needEdited();
    void fillSelected();
    QTimeZone zone() const;
    // The owner's home zone, the one a request's days are counted in; the device's when the
    // owner has none this device can read.
    QTimeZone ownerZone() const;
    BumpNeed m_need;
    QList<BumpProposal> m_proposals;
    int m_selected = 0;
    QList<BumpMoveRow> m_moves;
    QList<BumpMessage> m_messages; // of the chosen proposal, as the user edited them
    QList<BumpMessageRow> m_messageRows;
    std::optional<BumpUndo> m_undo;
    QString m_requestId;
    std::optional<RequestBumpUndo> m_requestUndo;
    QString m_error;
    bool m_building = false;
};

} // namespace spil::qml
