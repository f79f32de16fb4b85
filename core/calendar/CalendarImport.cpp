// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/CalendarImport.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Error.h"
#include "core/meetings/MeetingRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

#include <QMap>

namespace spil {

namespace {
// The fields of now that differ from was: only those are written, so an import of an
// unchanged file sends nothing.
AppointmentEdit differences(const Appointment &was, const Appointment &now)
{
    AppointmentEdit e;
    const auto differ = [](auto &slot, const auto &a, const auto &b) {
        if (a != b)
            slot = b;
    };
    differ(e.title, was.title, now.title);
    differ(e.location, was.location, now.location);
    differ(e.notes, was.notes, now.notes);
    differ(e.confidential, was.confidential, now.confidential);
    differ(e.startUtc, was.startUtc, now.startUtc);
    differ(e.endUtc, was.endUtc, now.endUtc);
    differ(e.status, was.status, now.status);
    differ(e.kind, was.kind, now.kind);
    differ(e.priority, was.priority, now.priority);
    differ(e.tz, was.tz, now.tz);
    differ(e.allDay, was.allDay, now.allDay);
    differ(e.attendees, was.attendees, now.attendees);
    differ(e.rrule, was.rrule, now.rrule);
    return e;
}

class Importer {
public:
    Importer(Database &db, const QString &owner, const QString &actor)
        : m_agenda(db), m_meetings(db), m_owner(owner), m_actor(actor)
    {
    }

    // Before anything is written: each event must make a valid appointment, and instances
    // without their series in the file must name a series of this agenda.
    QList<IcsEvent> check(const QList<IcsEvent> &events, QList<IcsProblem> *problems)
    {
        QList<IcsEvent> valid;
        for (const IcsEvent &e : events) {
            if (e.hasMaster) {
                Appointment a = e.appointment;
                a.owner = m_owner;
                try {
                    AgendaRepo::validate(a);
                } catch (const Error &error) {
                    *problems << IcsProblem{e.uid, e.line, error.message()};
                    continue;
                }
            } else {
                const auto series = m_agenda.byIcalUid(m_owner, e.uid);
                if (!series || series->rrule.isEmpty()) {
                    *problems << IcsProblem{e.uid, e.line,
                                            QStringLiteral("instances (RECURRENCE-ID) of a series "
                                                           "that is neither in the file nor in "
                                                           "this agenda")};
                    continue;
                }
            }
            valid << e;
        }
        return valid;
    }

    void apply(const IcsEvent &e, ImportReport *report)
    {
        const auto existing = m_agenda.byIcalUid(m_owner, e.uid);
        bool changed = false;
        Appointment series;
        if (e.hasMaster) {
            Appointment a = e.appointment;
            a.owner = m_owner;
            a.createdBy = m_actor;
            a.icalUid = e.uid;
            if (!existing) {
                a.id = m_agenda.add(a, true);
                series = a;
            } else {
                const AppointmentEdit edit = differences(*existing, a);
                if (!edit.isEmpty()) {
                    // Through the meeting: made confidential, its tasks stop naming it.
                    m_meetings.update(existing->id, edit, true);
                    changed = true;
                }
                series = *m_agenda.byId(existing->id);
            }
        } else {
            series = *existing;
        }
        if (!series.rrule.isEmpty())
            changed = applyInstances(series, e) || changed;
        if (!existing)
            ++report->added;
        else if (changed)
            ++report->updated;
        else
            ++report->unchanged;
    }

private:
    // Makes the series' instances what the file says; a file with the series itself says
    // all of them, so instances it no longer changes go back to the rule.
    bool applyInstances(const Appointment &series, const IcsEvent &e)
    {
        QMap<qint64, InstanceChange> current;
        for (const InstanceChange &c : m_agenda.instanceChanges(series.id))
            current.insert(c.originalStartUtc, c);
        const qint64 length = series.endUtc - series.startUtc;
        bool changed = false;
        QSet<qint64> named;
        for (qint64 original : e.cancelled) {
            named.insert(original);
            const auto cur = current.constFind(original);
            if (cur != current.constEnd() && cur->cancelled)
                continue;
            if (cur != current.constEnd())
                m_agenda.restoreInstance(cur->id);
            m_agenda.cancelInstance(series.id, original);
            changed = true;
        }
        for (const IcsInstance &i : e.instances) {
            if (named.contains(i.originalStartUtc))
                continue;
            named.insert(i.originalStartUtc);
            InstanceChange cur{};
            cur.startUtc = -1;
            if (const auto it = current.constFind(i.originalStartUtc); it != current.constEnd()) {
                cur = *it;
                if (cur.cancelled) {
                    m_agenda.restoreInstance(cur.id);
                    cur = {};
                    cur.startUtc = -1;
                    changed = true;
                }
            }
            const qint64 wasStart = cur.moved() ? cur.startUtc : i.originalStartUtc;
            const qint64 wasEnd = cur.moved() ? cur.endUtc : i.originalStartUtc + length;
            const QString wasTitle = cur.title.isEmpty() ? series.title : cur.title;
            const QString wasLocation = cur.location.isEmpty() ? series.location : cur.location;
            const qint64 end = i.endUtc >= 0 ? i.endUtc : i.startUtc + length;
            AppointmentEdit edit;
            if (i.startUtc != wasStart || end != wasEnd) {
                edit.startUtc = i.startUtc;
                edit.endUtc = end;
            }
            if (!i.title.isEmpty() && i.title != wasTitle)
                edit.title = i.title;
            if (!i.location.isEmpty() && i.location != wasLocation)
                edit.location = i.location;
            if (edit.isEmpty())
                continue;
            m_agenda.changeOccurrence(series.id, i.originalStartUtc, edit, true);
            changed = true;
        }
        if (!e.hasMaster)
            return changed;
        for (const InstanceChange &c : current) {
            if (!named.contains(c.originalStartUtc)) {
                m_agenda.restoreInstance(c.id);
                changed = true;
            }
        }
        return changed;
    }

    AgendaRepo m_agenda;
    MeetingRepo m_meetings;
    QString m_owner;
    QString m_actor;
};
} // namespace

IcsReadOptions importOptions(Database &db, const QString &owner)
{
    PeopleRepo people(db);
    const auto person = people.byId(owner);
    if (!person)
        fail(ErrorKind::NotFound, QStringLiteral("no person %1").arg(owner));
    IcsReadOptions options;
    options.defaultZone = person->tz;
    for (const Person &p : people.all()) {
        options.personIds.insert(p.id);
        if (!p.email.isEmpty())
            options.personByEmail.insert(p.email.toLower(), p.id);
    }
    return options;
}

ImportReport importIcs(Database &db, const QByteArray &text, const QString &owner,
                       const QString &actor, bool takeValid)
{
    const IcsReadOptions options = importOptions(db, owner);
    return importIcs(db, readIcs(text, options), owner, actor, takeValid);
}

ImportReport importIcs(Database &db, const IcsContents &contents, const QString &owner,
                       const QString &actor, bool takeValid)
{
    ImportReport report;
    report.problems = contents.problems;
    report.ignored = contents.ignored;
    Importer importer(db, owner, actor);
    const QList<IcsEvent> valid = importer.check(contents.events, &report.problems);
    report.valid = int(valid.size());
    if (!report.problems.isEmpty() && !takeValid)
        return report;
    for (const IcsEvent &e : valid)
        importer.apply(e, &report);
    report.applied = true;
    return report;
}

} // namespace spil
