// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agenda/BumpPlanner.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QSet>
#include <algorithm>
#include <map>

namespace spil {

namespace {
constexpr qint64 kMinute = 60 * 1000LL;
constexpr qint64 kQuarter = 15 * kMinute;
// Times tried for the need: every half hour of the director's working hours, and the end
// of every appointment, so that a gap that starts off the grid is found too.
constexpr qint64 kGrid = 30 * kMinute;
// A moved appointment goes to a free slot of its people within this many days of its start.
constexpr int kSoonDays = 14;
// Finding the moved appointments' new slots is the costly part: only the most promising
// sets of moves (by count and priority) get one, and the best of those are proposed.
constexpr int kEvaluated = 12;

int weight(AppointmentPriority p)
{
    return static_cast<int>(p) + 1;
}

QString occurrenceKey(const Occurrence &o)
{
    return o.appointment.id + QLatin1Char('@') + QString::number(o.recurrenceIdUtc);
}

struct Candidate {
    Interval slot;
    QList<Occurrence> blockers;
    int priorityMoved = 0;
    qint64 overlapMs = 0; // of the slot with what it moves: more takes less free time
};
} // namespace

bool bumpable(const Occurrence &o, const QString &principal, AppointmentPriority importance)
{
    const Appointment &a = o.appointment;
    return a.owner == principal && a.kind == AppointmentKind::Meeting && a.rrule.isEmpty() &&
           !a.allDay && a.status != AppointmentStatus::Cancelled && a.priority < importance;
}

Appointment BumpPlanner::bookingFor(const BumpNeed &need, const BumpProposal &proposal,
                                    const QString &tz, const QString &createdBy)
{
    Appointment a;
    a.owner = need.principal;
    a.title = need.title;
    a.priority = need.importance;
    a.startUtc = proposal.slot.start;
    a.endUtc = proposal.slot.end;
    a.tz = tz;
    a.contactId = need.contactId;
    a.createdBy = createdBy;
    return a;
}

QList<BumpProposal> BumpPlanner::propose(const BumpNeed &need, int maxProposals)
{
    if (need.minutes <= 0 || need.minutes > 24 * 60)
        fail(ErrorKind::BadInput, QStringLiteral("a need is 1 to 1440 minutes long"));
    if (need.toUtc <= need.fromUtc)
        fail(ErrorKind::BadInput, QStringLiteral("the window wanted must end after it starts"));
    const auto director = PeopleRepo(m_db).byId(need.principal);
    if (!director)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(need.principal));
    const qint64 duration = need.minutes * kMinute;
    const qint64 now = m_db.clock().nowMs();
    const Interval window{std::max(need.fromUtc, (now + kQuarter - 1) / kQuarter * kQuarter),
                          need.toUtc};
    if (window.end - window.start < duration)
        return {};

    AgendaRules rules(m_db, m_agenda);
    const QTimeZone zone = zoneOrFail(director->tz);
    QList<Occurrence> busy;
    for (const Occurrence &o : m_agenda.occurrences(need.principal, window.start, window.end, zone))
        if (o.isBusy())
            busy << o;
    QList<Interval> prep;
    for (const PrepWindow &w : rules.prepWindows(*director, window.start, window.end))
        prep << w.span;
    prep = normalized(prep);

    // Each set of moves once, at the time that covers most of what it moves, then the earliest.
    std::map<QStringList, Candidate> bySet;
    for (const Interval &hours : rules.workingHours(*director, window)) {
        QList<qint64> starts;
        for (qint64 s = (hours.start + kGrid - 1) / kGrid * kGrid; s + duration <= hours.end;
             s += kGrid)
            starts << s;
        starts << hours.start;
        for (const Occurrence &o : std::as_const(busy))
            if (o.endUtc >= hours.start && o.endUtc + duration <= hours.end)
                starts << o.endUtc;
        for (qint64 s : std::as_const(starts)) {
            const Interval slot{s, s + duration};
            if (slot.end > hours.end)
                continue;
            if (std::any_of(prep.cbegin(), prep.cend(), [&](const Interval &p) {
                    return p.start < slot.end && p.end > slot.start;
                }))
                continue;
            Candidate c{slot, {}, 0, 0};
            bool movable = true;
            for (const Occurrence &o : std::as_const(busy)) {
                if (o.startUtc >= slot.end)
                    break;
                if (o.endUtc <= slot.start)
                    continue;
                if (!bumpable(o, need.principal, need.importance)) {
                    movable = false;
                    break;
                }
                c.blockers << o;
                c.priorityMoved += weight(o.appointment.priority);
                c.overlapMs += std::min(o.endUtc, slot.end) - std::max(o.startUtc, slot.start);
            }
            if (!movable || c.blockers.isEmpty())
                continue; // not free to take, or free already (a free slot, not a bump)
            QStringList key;
            for (const Occurrence &o : std::as_const(c.blockers))
                key << occurrenceKey(o);
            key.sort();
            const auto it = bySet.find(key);
            if (it == bySet.end() || c.overlapMs > it->second.overlapMs ||
                (c.overlapMs == it->second.overlapMs && slot.start < it->second.slot.start))
                bySet.insert_or_assign(key, c);
        }
    }

    QList<Candidate> candidates;
    for (auto &[key, c] : bySet)
        candidates << c;
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return std::tuple(x.blockers.size(), x.priorityMoved, x.slot.start) <
               std::tuple(y.blockers.size(), y.priorityMoved, y.slot.start);
    });

    QList<BumpProposal> out;
    for (const Candidate &c : std::as_const(candidates)) {
        if (out.size() >= kEvaluated)
            break;
        BumpProposal p{c.slot, {}, c.priorityMoved, 0};
        QList<Interval> taken{c.slot};
        bool placed = true;
        for (const Occurrence &o : c.blockers) {
            const auto slot = newSlotFor(o, normalized(taken));
            if (!slot) {
                placed = false;
                break;
            }
            p.moves << BumpMove{o, *slot};
            p.displacementMs += std::abs(slot->start - o.startUtc);
            taken << *slot;
        }
        if (placed)
            out << p;
    }
    std::sort(out.begin(), out.end(), [](const BumpProposal &x, const BumpProposal &y) {
        return std::tuple(x.moves.size(), x.priorityMoved, x.displacementMs, x.slot.start) <
               std::tuple(y.moves.size(), y.priorityMoved, y.displacementMs, y.slot.start);
    });
    if (out.size() > maxProposals)
        out.resize(maxProposals);
    return out;
}

std::optional<Interval> BumpPlanner::newSlotFor(const Occurrence &o, const QList<Interval> &taken)
{
    const qint64 duration = o.endUtc - o.startUtc;
    const QString key = occurrenceKey(o);
    auto cached = m_freeCache.constFind(key);
    if (cached == m_freeCache.constEnd()) {
        PeopleRepo people(m_db);
        QStringList ids{o.appointment.owner};
        for (const QString &a : o.appointment.attendees)
            if (!ids.contains(a) && people.byId(a))
                ids << a; // outsiders named by name have no agenda here
        const auto owner = people.byId(o.appointment.owner);
        const QTimeZone zone = zoneOrFail(owner ? owner->tz : o.appointment.tz);
        // Never earlier than its own day: the people keep at least the notice they had.
        const QDate first = std::max(dateIn(m_db.clock().nowMs(), zone), dateIn(o.startUtc, zone));
        const QDate last = first.addDays(kSoonDays);
        const int minutes = static_cast<int>((duration + kMinute - 1) / kMinute);
        QList<Interval> free;
        if (minutes <= 24 * 60)
            free = AgendaRules(m_db, m_agenda).freeSlots(ids, first, last, minutes, zone, o);
        cached = m_freeCache.insert(key, free);
    }
    for (const Interval &f : subtracted(*cached, taken)) {
        if (f.end - f.start >= duration)
            return Interval{f.start, f.start + duration};
    }
    return std::nullopt;
}

} // namespace spil
