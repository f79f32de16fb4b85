// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavCalendars.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/Recurrence.h"
#include "core/calendar/IcsExport.h"
#include "core/common/Clock.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <QTimeZone>
#include <limits>

namespace spil::server {

namespace {
const QString kAppointments = QStringLiteral("appointments");
const QString kTasks = QStringLiteral("tasks");

QVariantMap readable(const StoredRecord &r, ReadAccess read)
{
    const QJsonObject fields = read == ReadAccess::Full ? r.fields : Access::redacted(r);
    QVariantMap out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isNull())
            out.insert(it.key(), it.value().toVariant());
    }
    out.insert(QStringLiteral("id"), r.id);
    return out;
}

QString field(const StoredRecord &r, const char *name)
{
    return r.fields.value(QLatin1String(name)).toString();
}
} // namespace

QByteArray DavResource::etag() const
{
    // What the reader may see is part of the tag: a busy block that opens up is new text.
    return '"' + QByteArray::number(version) + (busyOnly ? "-b" : "") + '"';
}

QString DavCalendars::nameFor(const QString &uid)
{
    return uid + QStringLiteral(".ics");
}

QString DavCalendars::personName(const QString &personId)
{
    const auto person = m_storage.record(m_user.workspace, QStringLiteral("people"), personId);
    return person ? field(*person, "name") : QString();
}

QList<DavCollection> DavCalendars::collections()
{
    QList<DavCollection> out{{QStringLiteral("agenda"), QStringLiteral("Agenda"), m_user.personId,
                              DavCollection::Holds::Events, true},
                             {QStringLiteral("tasks"), QStringLiteral("Tasks"), m_user.personId,
                              DavCollection::Holds::Todos, false}};
    if (m_user.principals.isEmpty())
        return out;
    for (const User &u : m_storage.users(m_user.workspace)) {
        if (!m_user.principals.contains(u.personId) || u.name == out[0].slug ||
            u.name == out[1].slug)
            continue;
        const QString name = personName(u.personId);
        out << DavCollection{u.name, name.isEmpty() ? u.name : name, u.personId,
                             DavCollection::Holds::Events, false};
    }
    return out;
}

std::optional<DavCollection> DavCalendars::collection(const QString &slug)
{
    for (const DavCollection &c : collections()) {
        if (c.slug == slug)
            return c;
    }
    return std::nullopt;
}

bool DavCalendars::holds(const DavCollection &c, const StoredRecord &appointment)
{
    return field(appointment, "owner") == c.person ||
           (c.withAttended && appointment.fields.value(QStringLiteral("attendees"))
                                  .toArray()
                                  .contains(QJsonValue(c.person)));
}

const DavCache::Agenda &DavCalendars::agenda()
{
    if (!m_agenda)
        m_agenda = &m_cache.agenda(m_storage, m_user.workspace);
    return *m_agenda;
}

DavResource DavCalendars::appointmentResource(const StoredRecord &r, ReadAccess read)
{
    DavResource out;
    const QString icalUid = field(r, "ical_uid");
    out.uid = icalUid.isEmpty() ? r.id : icalUid;
    out.name = nameFor(out.uid);
    out.recordId = r.id;
    out.owner = field(r, "owner");
    out.version = r.version;
    out.busyOnly = read == ReadAccess::Redacted;
    out.deleted = r.deleted;
    out.startUtc = r.fields.value(QStringLiteral("start_utc")).toInteger();
    out.endUtc = r.fields.value(QStringLiteral("end_utc")).toInteger();
    out.rrule = field(r, "rrule");
    if (!out.rrule.isEmpty()) {
        out.zone = field(r, "tz");
        const QJsonValue allDay = r.fields.value(QStringLiteral("all_day"));
        out.allDay = allDay.isBool() ? allDay.toBool() : allDay.toInteger() != 0;
        // A restored instance leaves a tombstone: it changes the series' text too.
        const DavCache::Agenda &a = agenda();
        if (const auto ids = a.exceptionsOf.constFind(r.id); ids != a.exceptionsOf.constEnd()) {
            for (const QString &id : *ids) {
                const StoredRecord &e = a.exceptions.value(id);
                out.version = std::max(out.version, e.version);
                if (!e.deleted)
                    out.moved.append({e.fields.value(QStringLiteral("start_utc")).toInteger(),
                                      e.fields.value(QStringLiteral("end_utc")).toInteger()});
            }
        }
    }
    return out;
}

bool DavResource::overlaps(qint64 fromUtc, qint64 toUtc) const
{
    if (rrule.isEmpty())
        return meetsWindow(startUtc, endUtc, fromUtc, toUtc);
    for (const auto &[start, end] : moved) {
        if (meetsWindow(start, end, fromUtc, toUtc))
            return true;
    }
    // All-day items are UTC midnights and recur in UTC, as everywhere in Spil.
    QTimeZone tz = allDay ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!tz.isValid())
        tz = QTimeZone::utc();
    // No instance starts before the first: an open start is the first's.
    return !expandRecurrence(rrule, startUtc, endUtc - startUtc, tz, std::max(fromUtc, startUtc),
                             toUtc, 1)
                .isEmpty();
}

QList<DavResource> DavCalendars::resources(const DavCollection &c, qint64 since)
{
    QList<DavResource> out;
    if (c.holds == DavCollection::Holds::Todos) {
        for (const StoredRecord &r : m_storage.liveRecords(m_user.workspace, kTasks)) {
            if (field(r, "assignee") != c.person || m_access.read(r) != ReadAccess::Full)
                continue;
            DavResource res;
            res.uid = r.id;
            res.name = nameFor(r.id);
            res.recordId = r.id;
            res.version = r.version;
            out << res;
        }
        return out;
    }
    const DavCache::Agenda &a = agenda();
    // Whether the record or one of its instances is newer, before reading its fields.
    const auto newer = [&](const StoredRecord &r) {
        if (r.version > since)
            return true;
        const auto ids = a.exceptionsOf.constFind(r.id);
        if (ids == a.exceptionsOf.constEnd())
            return false;
        for (const QString &id : *ids) {
            if (a.exceptions.value(id).version > since)
                return true;
        }
        return false;
    };
    for (const StoredRecord &r : a.appointments) {
        if ((since > 0 && !newer(r)) || !holds(c, r))
            continue;
        const ReadAccess read = m_access.read(r);
        if (read != ReadAccess::None)
            out << appointmentResource(r, read);
    }
    return out;
}

QList<DavResource> DavCalendars::removedSince(const DavCollection &c, qint64 version)
{
    const bool todos = c.holds == DavCollection::Holds::Todos;
    const QString entity = todos ? kTasks : kAppointments;
    const auto inCollection = [&](const StoredRecord &r) {
        return todos ? field(r, "assignee") == c.person : holds(c, r);
    };
    const auto readable = [&](const StoredRecord &r) {
        const ReadAccess read = m_access.read(r);
        return todos ? read == ReadAccess::Full : read != ReadAccess::None;
    };
    QHash<QString, DavResource> out;
    const auto gone = [&](const StoredRecord &r) {
        DavResource res;
        res.uid = todos || field(r, "ical_uid").isEmpty() ? r.id : field(r, "ical_uid");
        res.name = nameFor(res.uid);
        res.recordId = r.id;
        res.version = r.version;
        res.deleted = true;
        out.insert(r.id, res);
    };
    // From the change log after the version: deleted, or moved out of the collection while
    // the user still reads it (only what the user reads is named, so no name leaks).
    for (qint64 since = version;;) {
        const QList<StoredRecord> page = m_storage.recordsSince(m_user.workspace, since, 2000);
        for (const StoredRecord &r : page) {
            if (r.entity != entity || !readable(r))
                continue;
            if (r.deleted ? inCollection(r) : !inCollection(r))
                gone(r);
        }
        if (page.size() < 2000 || page.last().version == since)
            break;
        since = page.last().version;
    }
    // And what the user lost sight of: they held it, so they know its name.
    for (const Revocation &lost :
         m_storage.revocations(m_user.workspace, m_user.personId, version,
                               m_storage.currentVersion(m_user.workspace))) {
        if (lost.entity != entity)
            continue;
        const auto r = m_storage.record(m_user.workspace, entity, lost.recordId);
        if (r && inCollection(*r) && (r->deleted || !readable(*r)))
            gone(*r);
    }
    return out.values();
}

std::optional<DavResource> DavCalendars::resource(const DavCollection &c, const QString &name)
{
    if (!name.endsWith(QStringLiteral(".ics")))
        return std::nullopt;
    const QString uid = name.chopped(4);
    if (c.holds == DavCollection::Holds::Todos) {
        const auto r = m_storage.record(m_user.workspace, kTasks, uid);
        if (!r || r->deleted || field(*r, "assignee") != c.person ||
            m_access.read(*r) != ReadAccess::Full)
            return std::nullopt;
        DavResource res;
        res.uid = uid;
        res.name = name;
        res.recordId = r->id;
        res.owner = c.person;
        res.version = r->version;
        return res;
    }
    // Made in Spil: the UID is the record's id; imported or made by a calendar app: its
    // own UID, kept with the appointment (the same UID in several agendas: the first by id
    // that this calendar holds).
    const DavCache::Agenda &a = agenda();
    const StoredRecord *found = nullptr;
    if (const auto it = a.appointments.constFind(uid);
        it != a.appointments.constEnd() && field(*it, "ical_uid").isEmpty())
        found = &*it;
    if (const auto ids = a.byIcalUid.constFind(uid); !found && ids != a.byIcalUid.constEnd()) {
        QStringList sorted(ids->begin(), ids->end());
        if (sorted.size() > 1)
            sorted.sort();
        for (const QString &id : sorted) {
            const StoredRecord &r = *a.appointments.constFind(id);
            if (holds(c, r)) {
                found = &r;
                break;
            }
        }
    }
    if (!found || !holds(c, *found))
        return std::nullopt;
    const ReadAccess read = m_access.read(*found);
    if (read == ReadAccess::None)
        return std::nullopt;
    return appointmentResource(*found, read);
}

QList<StoredRecord> DavCalendars::records(const DavCollection &c, const DavResource &r)
{
    if (c.holds == DavCollection::Holds::Todos) {
        const auto task = m_storage.record(m_user.workspace, kTasks, r.recordId);
        return task ? QList<StoredRecord>{*task} : QList<StoredRecord>{};
    }
    QList<StoredRecord> out;
    const DavCache::Agenda &a = agenda();
    const auto series = a.appointments.constFind(r.recordId);
    if (series == a.appointments.constEnd())
        return out;
    out << *series;
    if (const auto ids = a.exceptionsOf.constFind(r.recordId); ids != a.exceptionsOf.constEnd()) {
        QStringList sorted(ids->begin(), ids->end());
        if (sorted.size() > 1)
            sorted.sort();
        for (const QString &id : sorted) {
            const StoredRecord &e = *a.exceptions.constFind(id);
            if (!e.deleted)
                out << e;
        }
    }
    return out;
}

QByteArray DavCalendars::text(const DavCollection &c, const DavResource &r, const Shape &shape)
{
    const std::optional<IcsExpansion> &expand = shape.expand;
    const bool kept = !shape.expand && !shape.limit;
    const QList<StoredRecord> records = this->records(c, r);
    if (records.isEmpty())
        return {};
    const bool todos = c.holds == DavCollection::Holds::Todos;
    // The attendees' names and addresses are part of the text but not of the version.
    QHash<QString, CalendarPerson> people;
    if (!todos && !r.busyOnly) {
        const DavCache::Agenda &a = agenda();
        for (const QJsonValue &v :
             records.first().fields.value(QStringLiteral("attendees")).toArray()) {
            if (const auto p = a.people.constFind(v.toString()); p != a.people.constEnd())
                people.insert(p.key(), {field(*p, "name"), field(*p, "email")});
        }
    }
    // The view: what the text is made of besides the records (the same for every reader who
    // reads them the same way). The year decides the time zones' rules.
    const qint64 now = m_clock.nowMs();
    const QString view =
        QStringList{
            m_user.workspace,
            todos ? QStringLiteral("todo") : QStringLiteral("event"),
            r.recordId,
            r.busyOnly ? QStringLiteral("busy") : QStringLiteral("full"),
            QString::number(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date().year()),
            c.displayName}
            .join(QChar(0x1f));
    const DavCache::Text *held = kept ? m_cache.text(view, r.version) : nullptr;
    if (held && held->people == people)
        return held->text;
    CalendarData data;
    data.name = c.displayName;
    data.people = people;
    if (todos) {
        data.tasks << TaskRepo::fromRecord(readable(records.first(), ReadAccess::Full));
    } else {
        const StoredRecord &series = records.first();
        const ReadAccess read = m_access.read(series);
        CalendarEvent event;
        event.appointment = AgendaRepo::fromRecord(readable(series, read));
        event.busyOnly = read == ReadAccess::Redacted;
        const qint64 length = event.appointment.endUtc - event.appointment.startUtc;
        for (const StoredRecord &e : records.mid(1)) {
            const InstanceChange change =
                AgendaRepo::instanceFromRecord(readable(e, m_access.read(e, &series)));
            // A cancelled instance stays an EXDATE of the series; a changed one outside the
            // window is left out, unless it was moved out of it, which the window must show.
            if (shape.limit && !change.cancelled &&
                !meetsWindow(change.originalStartUtc, change.originalStartUtc + length,
                             shape.limit->fromUtc, shape.limit->toUtc) &&
                !(change.moved() && meetsWindow(change.startUtc, change.endUtc,
                                                shape.limit->fromUtc, shape.limit->toUtc)))
                continue;
            event.instances << change;
        }
        data.events << event;
    }
    const QByteArray out = writeIcs(data, now, IcsUse::CalDavResource, expand);
    if (kept)
        m_cache.keep(view, {r.version, out, people});
    return out;
}

} // namespace spil::server
