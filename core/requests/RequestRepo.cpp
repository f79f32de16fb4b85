// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requests/RequestRepo.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/contacts/ContactRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <algorithm>

namespace spil {

namespace {
const QString kRequests = QStringLiteral("requests");
constexpr qint64 kMinuteMs = 60 * 1000;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariantMap columnsOf(const RequestChange &change)
{
    QVariantMap fields;
    const auto put = [&](const char *column, const std::optional<QString> &value) {
        if (value)
            fields.insert(QLatin1String(column), value->trimmed());
    };
    put("contact_id", change.contactId);
    put("requester", change.requester);
    put("subject", change.subject);
    put("via", change.via);
    if (change.minutes)
        fields.insert(QStringLiteral("minutes"), *change.minutes);
    if (change.fromDate)
        fields.insert(QStringLiteral("from_date"), dateText(*change.fromDate));
    if (change.toDate)
        fields.insert(QStringLiteral("to_date"), dateText(*change.toDate));
    if (change.importance)
        fields.insert(QStringLiteral("importance"), toText(*change.importance));
    if (change.language)
        fields.insert(QStringLiteral("language"), toText(*change.language));
    return fields;
}

// What the assistant may do with a request: it is open and not waiting for the director.
bool triageable(const Request &r)
{
    return isOpen(r.state) && !waitsForDecision(r);
}
// Offering or booking a time: besides, the director did not say no.
bool bookable(const Request &r)
{
    return triageable(r) && r.decision != RequestDecision::Rejected;
}
bool forwardable(const Request &r)
{
    return triageable(r) && r.state != RequestState::Forwarded;
}
} // namespace

bool worksQueueOf(const Person &user, const QString &directorId)
{
    return user.role == Role::OfficeManager ||
           (user.role == Role::Assistant && user.principals.contains(directorId));
}

Request RequestRepo::fromRecord(const QVariantMap &r)
{
    Request q;
    q.id = r.value(QStringLiteral("id")).toString();
    q.director = r.value(QStringLiteral("director")).toString();
    q.contactId = r.value(QStringLiteral("contact_id")).toString();
    q.requester = r.value(QStringLiteral("requester")).toString();
    q.subject = r.value(QStringLiteral("subject")).toString();
    q.minutes = r.value(QStringLiteral("minutes")).toInt();
    q.fromDate = QDate::fromString(r.value(QStringLiteral("from_date")).toString(), Qt::ISODate);
    q.toDate = QDate::fromString(r.value(QStringLiteral("to_date")).toString(), Qt::ISODate);
    // A word from a newer device reads as the plain one: normal, new, pending, Dutch.
    q.importance = fromText<RequestImportance>(r.value(QStringLiteral("importance")).toString())
                       .value_or(RequestImportance::Normal);
    q.via = r.value(QStringLiteral("via")).toString();
    q.language = fromText<ContactLanguage>(r.value(QStringLiteral("language")).toString())
                     .value_or(ContactLanguage::Dutch);
    q.state = fromText<RequestState>(r.value(QStringLiteral("state")).toString())
                  .value_or(RequestState::New);
    q.createdAt = r.value(QStringLiteral("created_at")).toLongLong();
    q.createdBy = r.value(QStringLiteral("created_by")).toString();
    q.appointmentId = r.value(QStringLiteral("appointment_id")).toString();
    q.decision = fromText<RequestDecision>(r.value(QStringLiteral("decision")).toString())
                     .value_or(RequestDecision::Pending);
    q.decisionNote = r.value(QStringLiteral("decision_note")).toString();
    q.decidedAt = r.value(QStringLiteral("decided_at")).toLongLong();
    q.forwardedAt = r.value(QStringLiteral("forwarded_at")).toLongLong();
    return q;
}

QVariantMap RequestRepo::toRecord(const Request &q)
{
    return {
        {QStringLiteral("director"), q.director},
        {QStringLiteral("contact_id"), q.contactId},
        {QStringLiteral("requester"), q.requester.trimmed()},
        {QStringLiteral("subject"), q.subject.trimmed()},
        {QStringLiteral("minutes"), q.minutes},
        {QStringLiteral("from_date"), dateText(q.fromDate)},
        {QStringLiteral("to_date"), dateText(q.toDate)},
        {QStringLiteral("importance"), toText(q.importance)},
        {QStringLiteral("via"), q.via.trimmed()},
        {QStringLiteral("language"), toText(q.language)},
        {QStringLiteral("state"), toText(q.state)},
        {QStringLiteral("created_at"), q.createdAt ? QVariant(q.createdAt) : QVariant()},
        {QStringLiteral("created_by"), q.createdBy},
        {QStringLiteral("appointment_id"), q.appointmentId},
        {QStringLiteral("decision"), toText(q.decision)},
        {QStringLiteral("decision_note"), q.decisionNote},
        {QStringLiteral("decided_at"), q.decidedAt ? QVariant(q.decidedAt) : QVariant()},
        {QStringLiteral("forwarded_at"), q.forwardedAt ? QVariant(q.forwardedAt) : QVariant()},
    };
}

void RequestRepo::validate(const Request &q)
{
    if (q.director.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a request is for a director"));
    if (q.contactId.isEmpty() && q.requester.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a request needs who asks: a contact or a name"));
    if (q.subject.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a request needs a subject"));
    if (q.minutes < 5 || q.minutes > 600)
        fail(ErrorKind::BadInput, QStringLiteral("a request asks for 5 to 600 minutes"));
    if (!q.fromDate.isValid() || !q.toDate.isValid() || q.toDate < q.fromDate)
        fail(ErrorKind::BadInput,
             QStringLiteral("a request's window runs from a date to the same or a later one"));
}

QString RequestRepo::add(Request request, std::optional<ContactLanguage> language)
{
    const auto director = PeopleRepo(m_db).byId(request.director);
    if (!director || director->role != Role::Director)
        fail(ErrorKind::BadInput, QStringLiteral("%1 is not a director").arg(request.director));
    if (!request.contactId.isEmpty()) {
        const auto contact = ContactRepo(m_db).byId(request.contactId);
        if (!contact)
            fail(ErrorKind::NotFound, QStringLiteral("no contact %1").arg(request.contactId));
        request.language = contact->language;
    } else {
        request.language = ContactLanguage::Dutch;
    }
    if (language)
        request.language = *language;
    validate(request);
    request.state = RequestState::New;
    request.decision = RequestDecision::Pending;
    request.decisionNote.clear();
    request.decidedAt = 0;
    request.forwardedAt = 0;
    request.appointmentId.clear();
    // A request noted later (it came by phone or on paper) keeps when it came in.
    const qint64 now = m_db.clock().nowMs();
    request.createdAt = request.createdAt > 0 ? std::min(request.createdAt, now) : now;
    Database::Transaction tx(m_db);
    QVariantMap record = toRecord(request);
    if (!request.id.isEmpty())
        record.insert(QStringLiteral("id"), request.id);
    const QString id = m_db.insert(kRequests, record);
    tx.commit();
    return id;
}

Request RequestRepo::existing(const QString &id)
{
    const auto r = byId(id);
    if (!r)
        fail(ErrorKind::NotFound, QStringLiteral("no request %1").arg(id));
    return *r;
}

void RequestRepo::update(const QString &id, const RequestChange &change)
{
    const auto current = m_db.get(kRequests, id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no request %1").arg(id));
    const QVariantMap fields = columnsOf(change);
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    const Request changed = fromRecord(merged);
    validate(changed);
    if (change.contactId && !change.contactId->isEmpty() &&
        !ContactRepo(m_db).byId(*change.contactId))
        fail(ErrorKind::NotFound, QStringLiteral("no contact %1").arg(*change.contactId));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, id, fields);
    tx.commit();
}

void RequestRepo::setState(const QString &id, RequestState state, bool (*allowed)(const Request &),
                           QVariantMap also)
{
    const Request r = existing(id);
    if (!allowed(r))
        fail(ErrorKind::Refused,
             QStringLiteral("request '%1' is %2%3; it cannot be %4")
                 .arg(r.subject, toText(r.state),
                      waitsForDecision(r) ? QStringLiteral(" and waits for the director")
                      : r.decision == RequestDecision::Rejected
                          ? QStringLiteral(" and declined by the director")
                          : QString(),
                      toText(state)));
    also.insert(QStringLiteral("state"), toText(state));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, id, also);
    tx.commit();
}

void RequestRepo::propose(const QString &id)
{
    setState(id, RequestState::Proposed, bookable);
}

void RequestRepo::decline(const QString &id)
{
    setState(id, RequestState::Declined, triageable);
}

void RequestRepo::defer(const QString &id)
{
    setState(id, RequestState::Deferred, triageable);
}

void RequestRepo::forward(const QString &id)
{
    setState(id, RequestState::Forwarded, forwardable,
             {{QStringLiteral("forwarded_at"), m_db.clock().nowMs()}});
}

void RequestRepo::takeBack(const QString &id, RequestState previous)
{
    const Request r = existing(id);
    if (!waitsForDecision(r))
        fail(ErrorKind::Refused,
             QStringLiteral("request '%1' is %2 and %3; only a forward the director has not "
                            "decided yet is taken back")
                 .arg(r.subject, toText(r.state), toText(r.decision)));
    if (!isOpen(previous) || previous == RequestState::Forwarded)
        fail(ErrorKind::BadInput,
             QStringLiteral("a request is not forwarded from %1").arg(toText(previous)));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, id, {{QStringLiteral("state"), toText(previous)}});
    tx.commit();
}

AppointmentPriority priorityOf(RequestImportance importance)
{
    return importance == RequestImportance::Low      ? AppointmentPriority::Low
           : importance == RequestImportance::Normal ? AppointmentPriority::Normal
                                                     : AppointmentPriority::High;
}

Appointment RequestRepo::bookingOf(const Request &r, qint64 startUtc, const QString &bookedBy)
{
    if (!bookable(r))
        fail(ErrorKind::Refused, QStringLiteral("request '%1' cannot be scheduled now: it is %2")
                                     .arg(r.subject, toText(r.state)));
    const auto director = PeopleRepo(m_db).byId(r.director);
    if (!director)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(r.director));
    Appointment a;
    a.owner = r.director;
    a.title = r.subject;
    a.kind = AppointmentKind::Meeting;
    a.priority = priorityOf(r.importance);
    a.startUtc = startUtc;
    a.endUtc = startUtc + r.minutes * kMinuteMs;
    a.tz = director->tz;
    a.contactId = r.contactId;
    a.createdBy = bookedBy;
    if (!r.contactId.isEmpty()) {
        if (const auto contact = ContactRepo(m_db).byId(r.contactId))
            a.attendees << contact->name;
    } else {
        a.attendees << r.requester.trimmed();
    }
    AgendaRepo::validate(a);
    return a;
}

QString RequestRepo::schedule(const QString &id, qint64 startUtc, const QString &bookedBy)
{
    const Appointment a = bookingOf(existing(id), startUtc, bookedBy);
    AgendaRepo agenda(m_db);
    AgendaRules rules(m_db, agenda);
    const QString prep = rules.prepTimeRefusal(a);
    if (!prep.isEmpty())
        fail(ErrorKind::Refused, prep);
    if (const auto other = rules.doubleBooking(Occurrence{a, a.startUtc, a.endUtc}))
        fail(ErrorKind::Refused,
             QStringLiteral("'%1' would overlap '%2'").arg(a.title, other->appointment.title));
    // One user action: the appointment and the request's new state travel as one
    // mutation, so no device ever holds one without the other.
    Database::Transaction tx(m_db);
    const QString appointmentId =
        m_db.insert(QStringLiteral("appointments"), AgendaRepo::toRecord(a));
    m_db.update(kRequests, id,
                {{QStringLiteral("state"), toText(RequestState::Scheduled)},
                 {QStringLiteral("appointment_id"), appointmentId}});
    tx.commit();
    return appointmentId;
}

RequestBumpUndo RequestRepo::scheduleByBump(const QString &id, qint64 startUtc,
                                            const QList<BumpMoveTo> &moves, const QString &bookedBy)
{
    const Request r = existing(id);
    RequestBumpUndo undo{{}, id, r.state, r.appointmentId};
    // One user action, as schedule(): the moves, the booking and the request's state are
    // one mutation; applyBump judges the booking (prep time, double booking) with every
    // move in place.
    Database::Transaction tx(m_db);
    undo.bump = AgendaRepo(m_db).applyBumpWithin(Bump{bookingOf(r, startUtc, bookedBy), moves});
    m_db.update(kRequests, id,
                {{QStringLiteral("state"), toText(RequestState::Scheduled)},
                 {QStringLiteral("appointment_id"), undo.bump.bookingId}});
    tx.commit();
    return undo;
}

void RequestRepo::undoScheduleByBump(const RequestBumpUndo &undo)
{
    existing(undo.requestId);
    Database::Transaction tx(m_db);
    AgendaRepo(m_db).undoBumpWithin(undo.bump);
    m_db.update(kRequests, undo.requestId,
                {{QStringLiteral("state"), toText(undo.state)},
                 {QStringLiteral("appointment_id"), undo.appointmentId}});
    tx.commit();
}

void RequestRepo::decide(const QString &id, RequestDecision decision, const QString &note)
{
    const Request r = existing(id);
    if (r.state != RequestState::Forwarded)
        fail(ErrorKind::Refused, QStringLiteral("request '%1' is %2; only a forwarded request "
                                                "is decided")
                                     .arg(r.subject, toText(r.state)));
    if (decision == RequestDecision::Pending)
        fail(ErrorKind::BadInput, QStringLiteral("decide accepted or declined"));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, id,
                {{QStringLiteral("decision"), toText(decision)},
                 {QStringLiteral("decision_note"), note.trimmed()},
                 {QStringLiteral("decided_at"), m_db.clock().nowMs()}});
    tx.commit();
}

void RequestRepo::undecide(const QString &id)
{
    const Request r = existing(id);
    if (r.state != RequestState::Forwarded || r.decision == RequestDecision::Pending)
        fail(ErrorKind::Refused,
             QStringLiteral("request '%1' is %2 and %3; only a decision not acted on yet is "
                            "taken back")
                 .arg(r.subject, toText(r.state), toText(r.decision)));
    Database::Transaction tx(m_db);
    m_db.update(kRequests, id,
                {{QStringLiteral("decision"), toText(RequestDecision::Pending)},
                 {QStringLiteral("decision_note"), QString()},
                 {QStringLiteral("decided_at"), QVariant()}});
    tx.commit();
}

void RequestRepo::remove(const QString &id)
{
    m_db.removeOne(kRequests, id, QStringLiteral("request"));
}

void RequestRepo::restore(const QString &id)
{
    m_db.restoreOne(kRequests, id);
}

std::optional<Request> RequestRepo::byId(const QString &id)
{
    const auto r = m_db.get(kRequests, id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

Request RequestRepo::resolve(const QString &ref)
{
    if (const auto exact = byId(ref))
        return *exact;
    const QStringList ids = ref.size() >= 4 ? m_db.idsMatching(kRequests, ref) : QStringList();
    if (ids.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no request '%1'").arg(ref));
    if (ids.size() > 1)
        fail(ErrorKind::BadInput, QStringLiteral("'%1' names more than one request").arg(ref));
    return existing(ids.first());
}

QList<Request> RequestRepo::of(const QString &director)
{
    QList<Request> out;
    const QList<QVariantMap> records =
        director.isEmpty()
            ? m_db.liveRecords(kRequests, QStringLiteral("ORDER BY created_at, id"))
            : m_db.liveRecords(kRequests,
                               QStringLiteral("AND director = ? ORDER BY created_at, id"),
                               {director});
    out.reserve(records.size());
    for (const QVariantMap &r : records)
        out << fromRecord(r);
    return out;
}

BumpNeed RequestRepo::bumpNeed(const Request &request)
{
    const auto director = PeopleRepo(m_db).byId(request.director);
    if (!director)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(request.director));
    const QTimeZone zone = zoneOrFail(director->tz);
    // From today on, as proposals() offers: the days a request waited are gone.
    const QDate today = dateIn(m_db.clock().nowMs(), zone);
    const QDate from = std::max(request.fromDate, today);
    const QDate to = std::min(request.toDate, from.addDays(92));
    BumpNeed need;
    need.principal = request.director;
    need.minutes = request.minutes;
    need.fromUtc = startOfDay(from, zone);
    need.toUtc = to.isValid() && to >= from ? startOfDay(to.addDays(1), zone) : need.fromUtc;
    need.importance = priorityOf(request.importance);
    need.title = request.subject;
    need.contactId = request.contactId;
    return need;
}

QList<Interval> RequestRepo::proposals(const Request &request, int count)
{
    const auto director = PeopleRepo(m_db).byId(request.director);
    if (!director)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(request.director));
    const QTimeZone zone = zoneOrFail(director->tz);
    // The window from today on: a request that waited has lost the days behind it.
    const QDate today = dateIn(m_db.clock().nowMs(), zone);
    const QDate from = std::max(request.fromDate, today);
    if (!request.toDate.isValid() || request.toDate < from)
        return {};
    // AgendaRules looks at most 92 days ahead; a longer window is offered its start.
    const QDate to = std::min(request.toDate, from.addDays(92));
    AgendaRepo agenda(m_db);
    const QList<Interval> free =
        AgendaRules(m_db, agenda).freeSlots({request.director}, from, to, request.minutes, zone);
    const qint64 quarter = 15 * kMinuteMs;
    const qint64 length = request.minutes * kMinuteMs;
    QList<Interval> out;
    QDate lastDay;
    for (const Interval &span : free) {
        const qint64 start = (span.start + quarter - 1) / quarter * quarter;
        if (start + length > span.end)
            continue;
        const QDate day = dateIn(start, zone);
        if (day == lastDay)
            continue;
        out << Interval{start, start + length};
        lastDay = day;
        if (out.size() >= count)
            break;
    }
    return out;
}

} // namespace spil
