// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/BumpPlanner.h"
#include "core/agenda/Intervals.h"
#include "core/requests/Request.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace spil {

class Database;

// What one edit of a request changes; a field left empty stays as it is. Its state and
// the director's decision change only through the named actions.
struct RequestChange {
    std::optional<QString> contactId = std::nullopt;
    std::optional<QString> requester = std::nullopt;
    std::optional<QString> subject = std::nullopt;
    std::optional<int> minutes = std::nullopt;
    std::optional<QDate> fromDate = std::nullopt;
    std::optional<QDate> toDate = std::nullopt;
    std::optional<RequestImportance> importance = std::nullopt;
    std::optional<QString> via = std::nullopt;
    std::optional<ContactLanguage> language = std::nullopt;
    bool operator==(const RequestChange &) const = default;
};

// What scheduleByBump() changed, so that undoScheduleByBump() puts it all back.
struct RequestBumpUndo {
    BumpUndo bump;
    QString requestId;
    RequestState state = RequestState::New; // the request's before it was booked
    QString appointmentId;
};

// The appointment priority a request's importance books (urgent weighs as high).
AppointmentPriority priorityOf(RequestImportance importance);

// The request queue of the office's directors.
class RequestRepo {
public:
    explicit RequestRepo(Database &db) : m_db(db) {}

    // Validates (a director, who asks, a subject, 5 to 600 minutes, a window whose end is
    // not before its start) and stores a new request in one user action; returns its id.
    // Its language is the one given, else the contact's, else Dutch; its creation time the
    // one given when earlier than now (a request noted later), else the clock's.
    QString add(Request request, std::optional<ContactLanguage> language = std::nullopt);
    // Stores the fields change sets, and only those, in one user action.
    void update(const QString &id, const RequestChange &change);

    // The assistant's actions, each one user action:
    // times were offered to who asked;
    void propose(const QString &id);
    // books the appointment and marks the request scheduled in one transaction (one
    // mutation): an appointment in the director's agenda with who asked, at startUtc for
    // the request's minutes. Refused (Error Refused) when it double-books the director or
    // falls in protected prep time; returns the appointment's id.
    QString schedule(const QString &id, qint64 startUtc, const QString &bookedBy);
    // When its window is booked: makes room as moves say (a BumpPlanner proposal for
    // bumpNeed()) and books the request at startUtc in the room made, in one transaction
    // (one mutation): the moves, each marked bumped for the booking, the appointment and the
    // request scheduled. Refused as schedule() and applyBump() refuse, writing nothing.
    RequestBumpUndo scheduleByBump(const QString &id, qint64 startUtc,
                                   const QList<BumpMoveTo> &moves, const QString &bookedBy);
    // Puts everything back in one user action: the moved appointments, the booking removed
    // and the request in the state it had.
    void undoScheduleByBump(const RequestBumpUndo &undo);
    void decline(const QString &id);
    void defer(const QString &id);
    void forward(const QString &id);
    // Takes a forward back (the assistant's Undo): the request returns to the state it had
    // before (new, times offered or deferred) and out of the director's sight. Refused once
    // he has decided. When it was forwarded stays: a word he gave offline meanwhile still
    // counts when his device comes back (the server takes it; docs/sync-protocol.md).
    void takeBack(const QString &id, RequestState previous);
    // The director's word on a forwarded request: accepted goes back to the assistant to
    // schedule, declined to the assistant to answer. Refused unless it is forwarded.
    void decide(const QString &id, RequestDecision decision, const QString &note);
    // Takes the director's word back (his Undo): the request waits for it again, without
    // the note. Refused unless it is still forwarded and decided: once his assistant has
    // acted on the word (booked, answered) there is nothing of it left to take back.
    void undecide(const QString &id);

    // A tombstone, so other devices learn of it; restore() undoes it.
    void remove(const QString &id);
    void restore(const QString &id);

    std::optional<Request> byId(const QString &id);
    // One request by id or the start or end of its id; Error(NotFound), Error(BadInput).
    Request resolve(const QString &ref);
    // Live requests of a director (all directors: empty), oldest first.
    QList<Request> of(const QString &director);

    // The first count free slots in which the request fits: within its window, the
    // director's working hours, not busy (travel included) and not in prep time; at most
    // one a day, starting at the next quarter hour.
    QList<Interval> proposals(const Request &request, int count = 3);
    // What "Make room" weighs for the request: its director, minutes and importance, its
    // window from today on (whole days in the director's zone, at most 92), its subject and
    // contact. An empty window (it passed) ends where it starts.
    BumpNeed bumpNeed(const Request &request);

    static Request fromRecord(const QVariantMap &record);
    static QVariantMap toRecord(const Request &request);

private:
    static void validate(const Request &request);
    // The appointment that books the request at startUtc, checked as any booking is.
    Appointment bookingOf(const Request &request, qint64 startUtc, const QString &bookedBy);
    Request existing(const QString &id);
    // also: further fields set with the state, in the same change.
    void setState(const QString &id, RequestState state, bool (*allowed)(const Request &),
                  QVariantMap also = {});
    Database &m_db;
};

} // namespace spil
