// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/RequestRanking.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One request in the queue, as a row shows it.
struct RequestRow {
    Q_GADGET
    Q_PROPERTY(QString requestId MEMBER id)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(QString who MEMBER who)                   // the contact's name, or the words
    Q_PROPERTY(QString directorName MEMBER directorName) // whose time it asks for
    Q_PROPERTY(spil::RequestEnums::Importance importance MEMBER importance)
    Q_PROPERTY(QString importanceText MEMBER importanceText)
    Q_PROPERTY(spil::RequestEnums::State state MEMBER state)
    Q_PROPERTY(QString stateText MEMBER stateText)
    Q_PROPERTY(int waitingDays MEMBER waitingDays) // working days
    Q_PROPERTY(QString waitingText MEMBER waitingText)
    // How the contact gets through to the director ("Via the assistant"); empty for
    // someone who is not a contact, or for a user who does not keep the gate.
    Q_PROPERTY(QString gateText MEMBER gateText)
    Q_PROPERTY(QString detail MEMBER detail) // "60 min · 30 Nov – 21 Dec"
    Q_PROPERTY(spil::RequestEnums::Decision decision MEMBER decision)
    Q_PROPERTY(QString decisionText MEMBER decisionText)
    Q_PROPERTY(bool waitsForDecision MEMBER waitsForDecision)
public:
    QString id, subject, who, directorName;
    RequestImportance importance = RequestImportance::Normal;
    QString importanceText;
    RequestState state = RequestState::New;
    QString stateText;
    int waitingDays = 0;
    QString waitingText, gateText, detail;
    RequestDecision decision = RequestDecision::Pending;
    QString decisionText;
    bool waitsForDecision = false;
    bool operator==(const RequestRow &) const = default;
};

// The request queue, ranked (core's rankRequests): for an assistant or the office manager
// the open requests of the directors whose queue they work; for a director what was
// forwarded to him or he decided, in the same order (deciding one moves no row).
class RequestQueueModel : public RowList<RequestRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    // Requests forwarded to the user that wait for his decision.
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY loaded)
    // The rows still open for the user: in the queue every row; in the director's view
    // only those waiting for his word (what he decided is shown, but done for him).
    Q_PROPERTY(int openCount READ openCount NOTIFY loaded)
public:
    enum class View { Queue, Decisions };
    Q_ENUM(View)
    explicit RequestQueueModel(QObject *parent = nullptr);
    RequestQueueModel(OfficeStore *office, PeopleDirectory *people, View view,
                      QObject *parent = nullptr);
    void reload() override;

    View view() const { return m_view; }
    void setView(View view);
    int waitingCount() const { return m_waiting; }
    int openCount() const { return m_open; }
    Q_INVOKABLE QString idAt(int row) const;
    // The director's one tap: accepted (back to the assistant to schedule) or declined.
    Q_INVOKABLE bool decide(const QString &requestId, bool accept);
    // His Undo: the request waits for his word again (refused once it was acted on).
    Q_INVOKABLE bool undecide(const QString &requestId);
    Q_INVOKABLE bool remove(const QString &requestId);
    Q_INVOKABLE bool restore(const QString &requestId);

    // The words of the enums, as rows and the request's page show them.
    static QString importanceText(RequestImportance importance);
    static QString stateText(RequestState state);
    // As stateText, but a forwarded request the director has decided is "Decided": it is
    // back with the assistant, no longer with him; one still with him says so to him
    // ("Waiting for you", mine).
    static QString stateText(const Request &request, bool mine = false);
    static QString waitingText(int workingDays);
    // "Maarten said yes: schedule it"; the director himself reads "You said yes".
    static QString decisionText(RequestDecision decision, const QString &directorName,
                                bool mine = false);

Q_SIGNALS:
    void viewChanged();
    void loaded();

private:
    using Row = RequestRow;
    View m_view = View::Queue;
    int m_waiting = 0;
    int m_open = 0;
};

} // namespace spil::qml
