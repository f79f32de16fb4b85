// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Request.h"
#include "qml/shell/OfficeView.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// A time offered for a request: one tap books it.
struct RequestSlot {
    Q_GADGET
    QML_VALUE_TYPE(requestSlot)
    Q_PROPERTY(double startUtc MEMBER startUtc)
    Q_PROPERTY(QString text MEMBER text) // "Tue 1 Dec · 10:00 – 11:00"
public:
    double startUtc = 0;
    QString text;
    bool operator==(const RequestSlot &) const = default;
};

// One request on the assistant's triage page or the director's: what it asks, the times
// that fit, the actions that may be taken now, and the message drafted for who asked,
// which the user edits and sends from their own mail or copies. Nothing leaves by itself.
class RequestDetails : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString requestId READ requestId WRITE setRequestId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    Q_PROPERTY(QString who READ who NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString directorName READ directorName NOTIFY changed)
    Q_PROPERTY(QString viaName READ viaName NOTIFY changed)
    Q_PROPERTY(spil::RequestEnums::Importance importance READ importance NOTIFY changed)
    Q_PROPERTY(QString importanceText READ importanceText NOTIFY changed)
    Q_PROPERTY(spil::RequestEnums::State state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(spil::RequestEnums::Decision decision READ decision NOTIFY changed)
    Q_PROPERTY(QString decisionText READ decisionText NOTIFY changed)
    Q_PROPERTY(QString decisionNote READ decisionNote NOTIFY changed)
    Q_PROPERTY(QString windowText READ windowText NOTIFY changed)   // "30 Nov – 21 Dec"
    Q_PROPERTY(QString minutesText READ minutesText NOTIFY changed) // "60 min"
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY changed)
    Q_PROPERTY(QString gateText READ gateText NOTIFY changed)
    Q_PROPERTY(QString languageText READ languageText NOTIFY changed) // "Dutch"
    Q_PROPERTY(QString scheduledText READ scheduledText NOTIFY changed)
    Q_PROPERTY(QList<spil::qml::RequestSlot> slots READ slots NOTIFY changed)
    // What the user may do now: the assistant's triage, and the director's decision.
    Q_PROPERTY(bool canTriage READ canTriage NOTIFY changed)
    Q_PROPERTY(bool canSchedule READ canSchedule NOTIFY changed)
    Q_PROPERTY(bool canForward READ canForward NOTIFY changed)
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY changed)
    // The director's word may still be taken back: his assistant has not acted on it yet.
    Q_PROPERTY(bool canChangeDecision READ canChangeDecision NOTIFY changed)
    // No free time is offered in a window that has not passed: "Make room" (the bump page
    // for this request) may move less important appointments for it.
    Q_PROPERTY(bool canMakeRoom READ canMakeRoom NOTIFY changed)
    // The message drafted last (draft()): its subject and text.
    Q_PROPERTY(QString draftSubject READ draftSubject NOTIFY draftChanged)
    Q_PROPERTY(QString draftBody READ draftBody NOTIFY draftChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit RequestDetails(QObject *parent = nullptr);
    RequestDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override;

    QString requestId() const { return m_id; }
    void setRequestId(const QString &id);
    bool exists() const { return m_exists; }
    QString subject() const { return m_request.subject; }
    QString who() const { return m_who; }
    QString organisation() const { return m_organisation; }
    QString email() const { return m_email; }
    QString directorName() const;
    QString viaName() const;
    RequestImportance importance() const { return m_request.importance; }
    QString importanceText() const;
    RequestState state() const { return m_request.state; }
    QString stateText() const;
    RequestDecision decision() const { return m_request.decision; }
    QString decisionText() const;
    QString decisionNote() const { return m_request.decisionNote; }
    QString windowText() const;
    QString minutesText() const;
    QString waitingText() const { return m_waiting; }
    QString gateText() const { return m_gate; }
    QString languageText() const;
    QString scheduledText() const { return m_scheduled; }
    QList<RequestSlot> slots() const { return m_slots; }
    bool canTriage() const;
    bool canSchedule() const;
    bool canForward() const;
    bool canChangeDecision() const;
    bool canDecide() const;
    bool canMakeRoom() const { return m_canMakeRoom; }
    QString draftSubject() const { return m_draftSubject; }
    QString draftBody() const { return m_draftBody; }
    QString error() const { return m_error; }

    // Drafts the message of kind for who asked, in their language (the times offered for
    // Proposed, the appointment for Scheduled); read it from draftSubject and draftBody.
    Q_INVOKABLE void draft(spil::RequestEnums::Message kind);
    // The mailto: link that opens the user's own mail with the (edited) message.
    Q_INVOKABLE QString mailUrl(const QString &subject, const QString &body) const;
    // Puts the (edited) message on the clipboard.
    Q_INVOKABLE void copy(const QString &subject, const QString &body) const;

    // The actions; false with error set when refused.
    Q_INVOKABLE bool schedule(int slotIndex);
    Q_INVOKABLE bool propose();
    Q_INVOKABLE bool decline();
    Q_INVOKABLE bool defer();
    Q_INVOKABLE bool forward();
    // The assistant's Undo of forward(), by id, back to the state it had.
    Q_INVOKABLE bool takeBack(const QString &requestId, spil::RequestEnums::State previous);
    Q_INVOKABLE bool decide(bool accept, const QString &note);
    // The director's Undo of decide(), by id: on a tablet another request may show by then.
    Q_INVOKABLE bool undecide(const QString &requestId);

Q_SIGNALS:
    void changed();
    void draftChanged();

private:
    bool run(const std::function<void(Database &)> &action);
    // The request is of the user himself, the director: he decides it.
    bool mine() const;
    QString m_id;
    bool m_exists = false;
    bool m_canMakeRoom = false;
    Request m_request;
    QString m_who, m_organisation, m_email, m_waiting, m_gate, m_scheduled;
    QList<RequestSlot> m_slots;
    QList<std::pair<qint64, qint64>> m_slotSpans;
    QString m_draftSubject, m_draftBody, m_error;
};

} // namespace spil::qml
