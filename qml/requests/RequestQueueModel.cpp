// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/requests/RequestQueueModel.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/requests/RequestRepo.h"
#include "core/store/Database.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QHash>
#include <algorithm>

namespace spil::qml {

RequestQueueModel::RequestQueueModel(QObject *parent) : RowList(parent) {}

RequestQueueModel::RequestQueueModel(OfficeStore *office, PeopleDirectory *people, View view,
                                     QObject *parent)
    : RequestQueueModel(parent)
{
    m_view = view;
    link(office, people);
}

void RequestQueueModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    reload();
}

QString RequestQueueModel::importanceText(RequestImportance importance)
{
    switch (importance) {
    case RequestImportance::Low:
        return tr("Low");
    case RequestImportance::Normal:
        return tr("Normal");
    case RequestImportance::High:
        return tr("High");
    case RequestImportance::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString RequestQueueModel::stateText(RequestState state)
{
    switch (state) {
    case RequestState::New:
        return tr("New");
    case RequestState::Proposed:
        return tr("Times offered");
    case RequestState::Scheduled:
        return tr("Scheduled");
    case RequestState::Declined:
        return tr("Declined");
    case RequestState::Deferred:
        return tr("Deferred");
    case RequestState::Forwarded:
        return tr("With the director");
    }
    return {};
}

QString RequestQueueModel::stateText(const Request &request, bool mine)
{
    if (request.state == RequestState::Forwarded && request.decision != RequestDecision::Pending)
        return tr("Decided");
    if (request.state == RequestState::Forwarded && mine)
        return tr("Waiting for you");
    return stateText(request.state);
}

QString RequestQueueModel::waitingText(int workingDays)
{
    return workingDays <= 0 ? tr("Came in today")
                            : tr("Waiting %n working day(s)", "", workingDays);
}

QString RequestQueueModel::decisionText(RequestDecision decision, const QString &directorName,
                                        bool mine)
{
    switch (decision) {
    case RequestDecision::Pending:
        return {};
    case RequestDecision::Accepted:
        return mine ? tr("You said yes") : tr("%1 said yes: schedule it").arg(directorName);
    case RequestDecision::Rejected:
        return mine ? tr("You said no") : tr("%1 said no: answer it").arg(directorName);
    }
    return {};
}

void RequestQueueModel::reload()
{
    QList<Row> rows;
    int waiting = 0;
    int openForMe = 0;
    readGuarded("RequestQueueModel", [&] {
        if (!open())
            return;
        Database &db = *office()->store();
        const Person me = people()->me();
        QList<Request> shown;
        for (const Request &r : RequestRepo(db).of({})) {
            const bool mine = r.director == me.id;
            if (m_view == View::Decisions ? mine && directorSees(r)
                                          : worksQueueOf(me, r.director) && isOpen(r.state))
                shown << r;
            if (mine && waitsForDecision(r))
                ++waiting;
        }
        const QTimeZone zone = office()->localZone();
        QList<RankedRequest> ranked =
            rankRequests(shown, dateIn(office()->clock().nowMs(), zone), zone);
        ContactRepo contacts(db);
        QHash<QString, std::optional<Contact>> known;
        for (const RankedRequest &ranked1 : std::as_const(ranked)) {
            const Request &r = ranked1.request;
            Row row;
            row.id = r.id;
            row.subject = r.subject;
            row.directorName = people()->nameOf(r.director);
            if (!r.contactId.isEmpty()) {
                if (!known.contains(r.contactId))
                    known.insert(r.contactId, contacts.byId(r.contactId));
                const auto &contact = known.value(r.contactId);
                row.who = contact ? contact->name : r.requester;
                if (contact && keepsGateOf(me, r.director))
                    row.gateText = ContactDetails::ruleText(contacts.gate(r.director, r.contactId));
            } else {
                row.who = r.requester;
            }
            row.importance = r.importance;
            row.importanceText = importanceText(r.importance);
            row.state = r.state;
            row.stateText = stateText(r, r.director == me.id);
            row.waitingDays = ranked1.waitingDays;
            row.waitingText = waitingText(ranked1.waitingDays);
            row.detail =
                tr("%1 min · %2").arg(r.minutes).arg(display::daySpan(r.fromDate, r.toDate));
            row.decision = r.decision;
            row.decisionText =
                decisionText(r.decision, people()->firstNameOf(r.director), r.director == me.id);
            row.waitsForDecision = waitsForDecision(r);
            if (m_view == View::Queue || row.waitsForDecision)
                ++openForMe;
            rows << row;
        }
    });
    m_waiting = waiting;
    m_open = openForMe;
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString RequestQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

bool RequestQueueModel::decide(const QString &requestId, bool accept)
{
    return office() && office()
                           ->act([&](Database &db) {
                               RequestRepo(db).decide(requestId,
                                                      accept ? RequestDecision::Accepted
                                                             : RequestDecision::Rejected,
                                                      {});
                           })
                           .isEmpty();
}

bool RequestQueueModel::undecide(const QString &requestId)
{
    return office() &&
           office()->act([&](Database &db) { RequestRepo(db).undecide(requestId); }).isEmpty();
}

bool RequestQueueModel::remove(const QString &requestId)
{
    return office() &&
           office()->act([&](Database &db) { RequestRepo(db).remove(requestId); }).isEmpty();
}

bool RequestQueueModel::restore(const QString &requestId)
{
    return office() &&
           office()->act([&](Database &db) { RequestRepo(db).restore(requestId); }).isEmpty();
}

} // namespace spil::qml
