// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/server/DavCache.h"

namespace spil::server {

namespace {
const QString kAppointments = QStringLiteral("appointments");
const QString kExceptions = QStringLiteral("appointment_exceptions");
const QString kPeople = QStringLiteral("people");
// Texts of every resource of a big office several times over (several readers, views);
// past that the cache starts again rather than grow with each old version.
constexpr qsizetype kMaxTexts = 100000;

QString field(const StoredRecord &r, const char *name)
{
    return r.fields.value(QLatin1String(name)).toString();
}

void index(QHash<QString, QSet<QString>> &by, const QString &key, const QString &id, bool add)
{
    if (add) {
        by[key].insert(id);
        return;
    }
    const auto it = by.find(key);
    if (it == by.end())
        return;
    it->remove(id);
    if (it->isEmpty())
        by.erase(it);
}
} // namespace

bool DavCache::apply(Agenda &a, const StoredRecord &r)
{
    if (r.entity == kAppointments) {
        if (const auto old = a.appointments.constFind(r.id); old != a.appointments.constEnd()) {
            index(a.byIcalUid, field(*old, "ical_uid"), r.id, false);
            a.appointments.erase(old);
            a.presentations.remove(r.id);
        }
        if (r.deleted)
            return false;
        a.appointments.insert(r.id, r);
        if (field(r, "kind") == QLatin1String("presentation"))
            a.presentations.insert(r.id);
        if (const QString uid = field(r, "ical_uid"); !uid.isEmpty())
            index(a.byIcalUid, uid, r.id, true);
    } else if (r.entity == kExceptions) {
        // A tombstone stays: a restored instance changes its series' version.
        if (const auto old = a.exceptions.constFind(r.id); old != a.exceptions.constEnd())
            index(a.exceptionsOf, field(*old, "series_id"), r.id, false);
        a.exceptions.insert(r.id, r);
        index(a.exceptionsOf, field(r, "series_id"), r.id, true);
    } else if (r.entity == kPeople) {
        if (r.deleted)
            a.people.remove(r.id);
        else
            a.people.insert(r.id, r);
        return true;
    }
    return false;
}

const DavCache::Agenda &DavCache::agenda(ServerStorage &storage, const QString &workspace)
{
    Agenda &a = m_agendas[workspace];
    // The version first: records read after it may be newer, and are read again next time.
    const ServerStorage::Position position = storage.position(workspace);
    const QString &epoch = position.epoch;
    const qint64 current = position.version;
    const qint64 horizon = position.horizon;
    if (a.epoch != epoch || a.horizon != horizon || current < a.version) {
        // Read whole before it replaces what was kept: a read that fails half-way leaves
        // the old agenda, read again next time, never a half-filled one taken as current.
        Agenda fresh;
        fresh.epoch = epoch;
        fresh.horizon = horizon;
        fresh.version = current;
        for (const QString &kind : {kAppointments, kPeople}) {
            for (const StoredRecord &r : storage.liveRecords(workspace, kind))
                apply(fresh, r);
        }
        for (const StoredRecord &r : storage.recordsOfKind(workspace, kExceptions))
            apply(fresh, r);
        fresh.peopleGeneration = ++m_peopleGenerations;
        a = std::move(fresh);
        return a;
    }
    bool people = false;
    for (qint64 since = a.version; since < current;) {
        const QList<StoredRecord> page = storage.recordsSince(workspace, since, 2000);
        for (const StoredRecord &r : page)
            people = apply(a, r) || people;
        if (page.size() < 2000 || page.last().version == since)
            break;
        since = page.last().version;
    }
    a.version = current;
    if (people)
        a.peopleGeneration = ++m_peopleGenerations;
    return a;
}

void DavCache::follow(const QString &workspace, qint64 before, qint64 version,
                      const QList<StoredRecord> &records)
{
    const auto it = m_agendas.find(workspace);
    if (it == m_agendas.end() || it->second.version != before || version <= before)
        return;
    Agenda &a = it->second;
    bool people = false;
    for (StoredRecord r : records) {
        // As recordsSince() reads it: the newest stamp alone.
        r.newest = r.newestStamp();
        r.stamps = {};
        people = apply(a, r) || people;
    }
    a.version = version;
    if (people)
        a.peopleGeneration = ++m_peopleGenerations;
}

const DavCache::Text *DavCache::text(const QString &view, qint64 version) const
{
    const auto it = m_texts.constFind(view);
    return it != m_texts.constEnd() && it->version == version ? &*it : nullptr;
}

void DavCache::keep(const QString &view, const Text &text)
{
    if (m_texts.size() >= kMaxTexts)
        m_texts.clear();
    m_texts.insert(view, text);
}

} // namespace spil::server
