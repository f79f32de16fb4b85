// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/requests/RequestDetails.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/requests/RequestDrafts.h"
#include "core/requests/RequestRanking.h"
#include "core/requests/RequestRepo.h"
#include "core/store/Database.h"
#include "qml/contacts/ContactDetails.h"
#include "qml/requests/RequestQueueModel.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace spil::qml {

RequestDetails::RequestDetails(QObject *parent) : OfficeView(parent)
{
    m_link.watch(OfficeLink::Data);
}

RequestDetails::RequestDetails(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : RequestDetails(parent)
{
    link(office, people);
}

void RequestDetails::setRequestId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_draftSubject.clear();
    m_draftBody.clear();
    reload();
    Q_EMIT draftChanged();
}

QString RequestDetails::directorName() const
{
    return people() ? people()->nameOf(m_request.director) : QString();
}

QString RequestDetails::viaName() const
{
    return people() && !m_request.via.isEmpty() ? people()->nameOf(m_request.via) : QString();
}

bool RequestDetails::mine() const
{
    return people() && people()->me().id == m_request.director;
}

QString RequestDetails::importanceText() const
{
    return RequestQueueModel::importanceText(m_request.importance);
}

QString RequestDetails::stateText() const
{
    return RequestQueueModel::stateText(m_request, mine());
}

QString RequestDetails::decisionText() const
{
    return people() ? RequestQueueModel::decisionText(
                          m_request.decision, people()->firstNameOf(m_request.director), mine())
                    : QString();
}

QString RequestDetails::windowText() const
{
    return m_exists ? display::daySpan(m_request.fromDate, m_request.toDate) : QString();
}

QString RequestDetails::minutesText() const
{
    return m_exists ? tr("%1 min").arg(m_request.minutes) : QString();
}

QString RequestDetails::languageText() const
{
    return m_request.language == ContactLanguage::Dutch ? tr("Dutch") : tr("English");
}

bool RequestDetails::canTriage() const
{
    return m_exists && people() && worksQueueOf(people()->me(), m_request.director) &&
           isOpen(m_request.state) && !waitsForDecision(m_request);
}

bool RequestDetails::canSchedule() const
{
    return canTriage() && m_request.decision != RequestDecision::Rejected;
}

bool RequestDetails::canForward() const
{
    return canTriage() && m_request.state != RequestState::Forwarded;
}

bool RequestDetails::canDecide() const
{
    // Once he has decided, the request's page shows his word, not the buttons again.
    return m_exists && mine() && waitsForDecision(m_request);
}

bool RequestDetails::canChangeDecision() const
{
    return m_exists && mine() && m_request.state == RequestState::Forwarded &&
           m_request.decision != RequestDecision::Pending;
}

void RequestDetails::reload()
{
    m_exists = false;
    m_canMakeRoom = false;
    m_request = {};
    m_who.clear();
    m_organisation.clear();
    m_email.clear();
    m_waiting.clear();
    m_gate.clear();
    m_scheduled.clear();
    m_slots.clear();
    m_slotSpans.clear();
    readGuarded("RequestDetails", [&] {
        if (!open() || m_id.isEmpty())
            return;
        Database &db = *office()->store();
        RequestRepo requests(db);
        const auto r = requests.byId(m_id);
        if (!r)
            return;
        m_request = *r;
        m_exists = true;
        m_who = r->requester;
        ContactRepo contacts(db);
        if (const auto contact =
                r->contactId.isEmpty() ? std::nullopt : contacts.byId(r->contactId)) {
            m_who = contact->name;
            m_organisation =
                contact->kind == ContactKind::Inside ? contact->department : contact->organisation;
            m_email = contact->email;
            if (keepsGateOf(people()->me(), r->director))
                m_gate = ContactDetails::bookingText(contacts.gate(r->director, r->contactId),
                                                     m_who, people()->firstNameOf(r->director));
        }
        const QTimeZone zone = office()->localZone();
        const auto ranked = rankRequests({*r}, dateIn(office()->clock().nowMs(), zone), zone);
        m_waiting = RequestQueueModel::waitingText(ranked.first().waitingDays);
        if (!r->appointmentId.isEmpty()) {
            if (const auto a = AgendaRepo(db).byId(r->appointmentId))
                m_scheduled = display::dayShort(dateIn(a->startUtc, zone)) + QStringLiteral(" · ") +
                              display::timeRange(a->startUtc, a->endUtc, zone);
        }
        if (canSchedule()) {
            for (const Interval &slot : requests.proposals(*r, 4)) {
                m_slotSpans << std::pair(slot.start, slot.end);
                m_slots << RequestSlot{double(slot.start),
                                       display::dayShort(dateIn(slot.start, zone)) +
                                           QStringLiteral(" · ") +
                                           display::timeRange(slot.start, slot.end, zone)};
            }
            const BumpNeed need = requests.bumpNeed(*r);
            m_canMakeRoom = m_slots.isEmpty() && need.toUtc > need.fromUtc;
        }
    });
    m_error.clear();
    Q_EMIT changed();
}

void RequestDetails::draft(RequestEnums::Message kind)
{
    if (!m_exists || !people() || !open())
        return;
    Database &db = *office()->store();
    DraftInput in = draftInputFor(db, m_request, kind, people()->me().name, office()->localZone());
    if (kind == RequestMessage::Offer) {
        for (const auto &[start, end] : std::as_const(m_slotSpans))
            in.slots << Interval{start, end};
    } else if (kind == RequestMessage::Confirmation) {
        if (const auto a = AgendaRepo(db).byId(m_request.appointmentId))
            in.slots << Interval{a->startUtc, a->endUtc};
    }
    const Draft draft = draftMessage(in);
    m_draftSubject = draft.subject;
    m_draftBody = draft.body;
    Q_EMIT draftChanged();
}

QString RequestDetails::mailUrl(const QString &subject, const QString &body) const
{
    return spil::mailtoUrl(m_email, subject, body);
}

void RequestDetails::copy(const QString &subject, const QString &body) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(subject + QStringLiteral("\n\n") + body);
}

bool RequestDetails::run(const std::function<void(Database &)> &action)
{
    if (!office())
        return false;
    const std::optional<Error> e = office()->attempt(action);
    m_error = e ? e->message() : QString();
    if (e)
        Q_EMIT changed();
    return !e;
}

bool RequestDetails::schedule(int slotIndex)
{
    if (slotIndex < 0 || slotIndex >= m_slotSpans.size())
        return false;
    const qint64 start = m_slotSpans.at(slotIndex).first;
    const QString id = m_id, me = people()->me().id;
    return run([&](Database &db) { RequestRepo(db).schedule(id, start, me); });
}

bool RequestDetails::propose()
{
    const QString id = m_id;
    return run([&](Database &db) { RequestRepo(db).propose(id); });
}

bool RequestDetails::decline()
{
    const QString id = m_id;
    return run([&](Database &db) { RequestRepo(db).decline(id); });
}

bool RequestDetails::defer()
{
    const QString id = m_id;
    return run([&](Database &db) { RequestRepo(db).defer(id); });
}

bool RequestDetails::forward()
{
    const QString id = m_id;
    return run([&](Database &db) { RequestRepo(db).forward(id); });
}

bool RequestDetails::takeBack(const QString &requestId, RequestEnums::State previous)
{
    return run([&](Database &db) { RequestRepo(db).takeBack(requestId, previous); });
}

bool RequestDetails::decide(bool accept, const QString &note)
{
    const QString id = m_id;
    return run([&](Database &db) {
        RequestRepo(db).decide(id, accept ? RequestDecision::Accepted : RequestDecision::Rejected,
                               note);
    });
}

bool RequestDetails::undecide(const QString &requestId)
{
    return run([&](Database &db) { RequestRepo(db).undecide(requestId); });
}

} // namespace spil::qml
