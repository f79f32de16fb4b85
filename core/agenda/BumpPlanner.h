// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agenda/Appointment.h"
#include "core/agenda/Intervals.h"

#include <QHash>
#include <QList>
#include <optional>

namespace spil {

class AgendaRepo;
class Database;

// What wants the director's time: a request from the queue, or a booking the assistant is
// making. Its importance is the priority the new appointment gets; only appointments of a
// lower priority make room for it.
struct BumpNeed {
    QString principal; // the director's person id
    int minutes = 60;
    qint64 fromUtc = 0; // the window wanted, [fromUtc, toUtc)
    qint64 toUtc = 0;
    AppointmentPriority importance = AppointmentPriority::High;
    QString title;
    QString contactId;
};

// One appointment a proposal moves, as it stands now, and where it goes.
struct BumpMove {
    Occurrence occurrence;
    Interval newSlot;
};

// One way to make room: the time the need gets and the appointments that move for it.
struct BumpProposal {
    Interval slot;
    QList<BumpMove> moves;
    // How much priority moves: each moved appointment counts its priority plus one (low 1,
    // normal 2), so one low move weighs less than one normal.
    int priorityMoved = 0;
    // How far the moved appointments go from where they were, summed, in milliseconds.
    qint64 displacementMs = 0;
};

// Whether o may be moved to make room for a need of importance in principal's agenda: a
// confirmed or tentative one-off meeting that principal owns, of a lower priority.
// Presentations (an audience waits), travel (tickets are booked), prep (protected time) and
// personal appointments (the director's own) never move, and neither do instances of a
// series (one instance is moved by hand) nor appointments of someone else's agenda that the
// director only attends.
bool bumpable(const Occurrence &o, const QString &principal, AppointmentPriority importance);

// Proposes which appointments of a director to move when a more important need wants a time
// that is booked. A time in the window counts when the director works then, it is not in
// prep time, and everything booked then is bumpable; each moved appointment gets the first
// free slot (AgendaRules::freeSlots) of its owner and attendees within two weeks of its
// start, clear of the need's time and of the other moves. Proposals rank by fewest moves,
// then least priority moved, then the moved appointments' nearest new slots, then the
// earliest time; two proposals never move the same set of appointments.
class BumpPlanner {
public:
    BumpPlanner(Database &db, AgendaRepo &agenda) : m_db(db), m_agenda(agenda) {}

    QList<BumpProposal> propose(const BumpNeed &need, int maxProposals = 3);

    // The appointment the need becomes when a proposal is taken: the director's, at the
    // proposal's time, of the need's importance, planned in the director's zone.
    static Appointment bookingFor(const BumpNeed &need, const BumpProposal &proposal,
                                  const QString &tz, const QString &createdBy);

private:
    std::optional<Interval> newSlotFor(const Occurrence &o, const QList<Interval> &taken);
    Database &m_db;
    AgendaRepo &m_agenda;
    QHash<QString, QList<Interval>> m_freeCache; // per appointment: its people's free slots
};

} // namespace spil
