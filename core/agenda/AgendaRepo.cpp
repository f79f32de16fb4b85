// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agenda/AgendaRepo.h"

#include "core/agenda/AgendaRules.h"
#include "core/agenda/Recurrence.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <algorithm>

namespace spil {

namespace {
constexpr qint64 kMinute = 60 * 1000LL;
constexpr qint64 kDay = 24 * 60 * kMinute;

QString appointmentsTable()
{
    return QStringLiteral("appointments");
}

// An all-day item's dates placed in the zone it is read in.
void placeAllDay(Occurrence *o, const QTimeZone &viewZone)
{
    const QDate first = dateIn(o->startUtc, QTimeZone::utc());
    const QDate after = dateIn(o->endUtc, QTimeZone::utc());
    o->startUtc = startOfDay(first, viewZone);
    o->endUtc = startOfDay(after, viewZone);
}
} // namespace

Appointment AgendaRepo::fromRecord(const QVariantMap &r)
{
    Appointment a;
    a.id = r.value(QStringLiteral("id")).toString();
    a.owner = r.value(QStringLiteral("owner")).toString();
    a.title = r.value(QStringLiteral("title")).toString();
    // A text this version does not know (from a newer device) reads as the default, as
    // before the values were enums: a meeting, of normal priority, not cancelled.
    a.kind = fromText<AppointmentKind>(r.value(QStringLiteral("kind")).toString())
                 .value_or(AppointmentKind::Meeting);
    a.priority = fromText<AppointmentPriority>(r.value(QStringLiteral("priority")).toString())
                     .value_or(AppointmentPriority::Normal);
    a.status = fromText<AppointmentStatus>(r.value(QStringLiteral("status")).toString())
                   .value_or(AppointmentStatus::Confirmed);
    a.startUtc = r.value(QStringLiteral("start_utc")).toLongLong();
    a.endUtc = r.value(QStringLiteral("end_utc")).toLongLong();
    a.tz = r.value(QStringLiteral("tz")).toString();
    a.allDay = r.value(QStringLiteral("all_day")).toBool();
    a.location = r.value(QStringLiteral("location")).toString();
    a.attendees = r.value(QStringLiteral("attendees")).toStringList();
    a.confidential = r.value(QStringLiteral("confidential")).toBool();
    a.notes = r.value(QStringLiteral("notes")).toString();
    a.rrule = r.value(QStringLiteral("rrule")).toString();
    a.createdBy = r.value(QStringLiteral("created_by")).toString();
    a.icalUid = r.value(QStringLiteral("ical_uid")).toString();
    a.contactId = r.value(QStringLiteral("contact_id")).toString();
    const auto time = [&](const char *field) {
        const QVariant v = r.value(QLatin1String(field));
        return v.isValid() && !v.isNull() ? v.toLongLong() : -1;
    };
    a.bumpedAt = time("bumped_at");
    a.bumpedFor = r.value(QStringLiteral("bumped_for")).toString();
    a.bumpedBy = r.value(QStringLiteral("bumped_by")).toString();
    a.bumpedFromUtc = time("bumped_from_utc");
    return a;
}

InstanceChange AgendaRepo::instanceFromRecord(const QVariantMap &r)
{
    const auto time = [&](const char *field) {
        const QVariant v = r.value(QLatin1String(field));
        return v.isValid() && !v.isNull() ? v.toLongLong() : -1;
    };
    InstanceChange c;
    c.id = r.value(QStringLiteral("id")).toString();
    c.originalStartUtc = time("original_start_utc");
    c.cancelled = r.value(QStringLiteral("cancelled")).toBool();
    c.startUtc = time("start_utc");
    c.endUtc = time("end_utc");
    c.title = r.value(QStringLiteral("title")).toString();
    c.location = r.value(QStringLiteral("location")).toString();
    return c;
}

QVariantMap AgendaRepo::toRecord(const Appointment &a)
{
    QVariantMap out{
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("kind"), toText(a.kind)},
        {QStringLiteral("priority"), toText(a.priority)},
        {QStringLiteral("status"), toText(a.status)},
        {QStringLiteral("start_utc"), a.startUtc},
        {QStringLiteral("end_utc"), a.endUtc},
        {QStringLiteral("tz"), a.tz},
        {QStringLiteral("all_day"), a.allDay},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("attendees"), a.attendees},
        {QStringLiteral("confidential"), a.confidential},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("rrule"), a.rrule},
        {QStringLiteral("created_by"), a.createdBy},
        {QStringLiteral("ical_uid"), a.icalUid},
        {QStringLiteral("contact_id"), a.contactId},
    };
    // Only a bumped appointment names its bump: a new one sends no empty bump fields.
    if (a.bumpedAt >= 0) {
        out.insert(QStringLiteral("bumped_at"), a.bumpedAt);
        out.insert(QStringLiteral("bumped_for"), a.bumpedFor);
        out.insert(QStringLiteral("bumped_by"), a.bumpedBy);
        out.insert(QStringLiteral("bumped_from_utc"), a.bumpedFromUtc);
    }
    return out;
}

QVariantMap AgendaRepo::toRecord(const AppointmentEdit &e)
{
    QVariantMap out;
    const auto put = [&](const char *column, const auto &value) {
        if (value)
            out.insert(QLatin1String(column), *value);
    };
    put("title", e.title);
    put("location", e.location);
    put("notes", e.notes);
    put("confidential", e.confidential);
    put("start_utc", e.startUtc);
    put("end_utc", e.endUtc);
    put("tz", e.tz);
    put("all_day", e.allDay);
    put("attendees", e.attendees);
    put("rrule", e.rrule);
    put("contact_id", e.contactId);
    if (e.status)
        out.insert(QStringLiteral("status"), toText(*e.status));
    if (e.kind)
        out.insert(QStringLiteral("kind"), toText(*e.kind));
    if (e.priority)
        out.insert(QStringLiteral("priority"), toText(*e.priority));
    return out;
}

void AgendaRepo::validate(const Appointment &a)
{
    if (a.title.trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an appointment needs a title"));
    if (a.owner.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an appointment needs the person whose it is"));
    zoneOrFail(a.tz);
    if (a.endUtc <= a.startUtc)
        fail(ErrorKind::BadInput, QStringLiteral("an appointment must end after it starts"));
    if (a.allDay && (a.startUtc % kDay != 0 || a.endUtc % kDay != 0))
        fail(ErrorKind::BadInput, QStringLiteral("an all-day item runs from date to date"));
    QString why;
    if (!a.rrule.isEmpty() && !isValidRrule(a.rrule, &why))
        fail(ErrorKind::BadInput, why);
}

QString AgendaRepo::add(const Appointment &appointment, bool force)
{
    validate(appointment);
    checkPrepTime(appointment, force);
    Database::Transaction tx(m_db);
    QVariantMap record = toRecord(appointment);
    if (!appointment.id.isEmpty())
        record.insert(QStringLiteral("id"), appointment.id);
    const QString id = m_db.insert(appointmentsTable(), record);
    tx.commit();
    return id;
}

void AgendaRepo::update(const QString &id, const AppointmentEdit &edit, bool force)
{
    Database::Transaction tx(m_db);
    updateWithin(id, edit, force);
    tx.commit();
}

void AgendaRepo::updateWithin(const QString &id, const AppointmentEdit &edit, bool force)
{
    const QVariantMap fields = toRecord(edit);
    const auto current = m_db.get(appointmentsTable(), id);
    if (!current)
        fail(ErrorKind::NotFound, QStringLiteral("no appointment %1").arg(id));
    QVariantMap merged = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    const Appointment changed = fromRecord(merged);
    validate(changed);
    checkPrepTime(changed, force);
    m_db.update(appointmentsTable(), id, fields);
}

AppointmentStatus AgendaRepo::cancel(const QString &id)
{
    const auto a = byId(id);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no appointment %1").arg(id));
    update(id, {.status = AppointmentStatus::Cancelled}, true);
    return a->status;
}

void AgendaRepo::restore(const QString &id, AppointmentStatus status)
{
    // What was there before the cancel comes back even if prep time was booked since.
    update(id, {.status = status}, true);
}

void AgendaRepo::remove(const QString &id)
{
    Database::Transaction tx(m_db);
    m_db.remove(appointmentsTable(), id);
    tx.commit();
}

std::optional<Appointment> AgendaRepo::byId(const QString &id)
{
    const auto r = m_db.get(appointmentsTable(), id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

std::optional<Appointment> AgendaRepo::byIcalUid(const QString &owner, const QString &uid)
{
    if (uid.isEmpty())
        return std::nullopt;
    const EntityDef &def = entity(appointmentsTable());
    // Two lookups rather than one with OR and ORDER BY: each has its index (the literal
    // "ical_uid <> ''" lets SQLite use the partial index on UIDs), and neither needs a
    // sort, which costs a temporary table on every call.
    static const QString byUid =
        QStringLiteral("SELECT %1 FROM appointments WHERE owner = ? AND ical_uid = ? AND "
                       "ical_uid <> '' AND deleted = 0 LIMIT 1")
            .arg(Database::selectColumns(def));
    static const QString byId =
        QStringLiteral("SELECT %1 FROM appointments WHERE id = ? AND owner = ? AND "
                       "ical_uid = '' AND deleted = 0")
            .arg(Database::selectColumns(def));
    std::optional<Appointment> out;
    for (const auto &[sql, args] : {std::pair{&byUid, QVariantList{owner, uid}},
                                    std::pair{&byId, QVariantList{uid, owner}}}) {
        auto &q = m_db.run(*sql, args);
        if (q.next())
            out = fromRecord(Database::decodeRow(def, q));
        q.finish();
        if (out)
            break;
    }
    return out;
}

QList<Appointment> AgendaRepo::appointmentsOf(const QString &personId)
{
    const EntityDef &def = entity(appointmentsTable());
    auto &q =
        m_db.run(QStringLiteral("SELECT %1 FROM appointments WHERE deleted = 0 AND "
                                "(owner = ? OR instr(attendees, ?) > 0) ORDER BY start_utc, id")
                     .arg(Database::selectColumns(def)),
                 {personId, QString(QLatin1Char('"') + personId + QLatin1Char('"'))});
    QList<Appointment> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    return out;
}

QList<InstanceChange> AgendaRepo::instanceChanges(const QString &seriesId)
{
    const EntityDef &def = entity(QStringLiteral("appointment_exceptions"));
    auto &q = m_db.run(QStringLiteral("SELECT %1 FROM appointment_exceptions WHERE series_id = ? "
                                      "AND deleted = 0 ORDER BY original_start_utc")
                           .arg(Database::selectColumns(def)),
                       {seriesId});
    QList<InstanceChange> out;
    while (q.next())
        out << instanceFromRecord(Database::decodeRow(def, q));
    return out;
}

QString AgendaRepo::cancelInstance(const QString &seriesId, qint64 originalStartUtc)
{
    const auto series = byId(seriesId);
    if (!series || series->rrule.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no recurring appointment %1").arg(seriesId));
    Database::Transaction tx(m_db);
    const QString id = m_db.insert(QStringLiteral("appointment_exceptions"),
                                   {{QStringLiteral("series_id"), seriesId},
                                    {QStringLiteral("original_start_utc"), originalStartUtc},
                                    {QStringLiteral("cancelled"), true}});
    tx.commit();
    return id;
}

void AgendaRepo::restoreInstance(const QString &exceptionId)
{
    Database::Transaction tx(m_db);
    m_db.remove(QStringLiteral("appointment_exceptions"), exceptionId);
    tx.commit();
}

void AgendaRepo::moveInstance(const QString &seriesId, qint64 originalStartUtc, qint64 newStartUtc,
                              qint64 newEndUtc)
{
    const auto series = byId(seriesId);
    if (!series || series->rrule.isEmpty())
        fail(ErrorKind::NotFound, QStringLiteral("no recurring appointment %1").arg(seriesId));
    if (newEndUtc <= newStartUtc)
        fail(ErrorKind::BadInput, QStringLiteral("an appointment must end after it starts"));
    Database::Transaction tx(m_db);
    m_db.insert(QStringLiteral("appointment_exceptions"),
                {{QStringLiteral("series_id"), seriesId},
                 {QStringLiteral("original_start_utc"), originalStartUtc},
                 {QStringLiteral("start_utc"), newStartUtc},
                 {QStringLiteral("end_utc"), newEndUtc}});
    tx.commit();
}

OccurrenceChange AgendaRepo::changeOccurrence(const QString &id, qint64 originalStartUtc,
                                              const AppointmentEdit &edit, bool force)
{
    Database::Transaction tx(m_db);
    const OccurrenceChange change = changeOccurrenceWithin(id, originalStartUtc, edit, force);
    tx.commit();
    return change;
}

OccurrenceChange AgendaRepo::changeOccurrenceWithin(const QString &id, qint64 originalStartUtc,
                                                    const AppointmentEdit &edit, bool force)
{
    if (edit.status)
        fail(ErrorKind::BadInput, QStringLiteral("an occurrence's status cannot be changed here"));
    const QVariantMap fields = toRecord(edit);
    const auto a = byId(id);
    if (!a)
        fail(ErrorKind::NotFound, QStringLiteral("no appointment %1").arg(id));
    const QString start = QStringLiteral("start_utc"), end = QStringLiteral("end_utc");
    OccurrenceChange change;

    if (a->rrule.isEmpty()) {
        Appointment changed = fromRecord([&] {
            QVariantMap merged = toRecord(*a);
            for (auto it = fields.begin(); it != fields.end(); ++it)
                merged.insert(it.key(), it.value());
            return merged;
        }());
        changed.id = a->id;
        validate(changed);
        if (changed.startUtc != a->startUtc || changed.endUtc != a->endUtc) {
            Occurrence o;
            o.appointment = changed;
            o.startUtc = changed.startUtc;
            o.endUtc = changed.endUtc;
            checkNewTime(o, force);
        }
        const QVariantMap current = toRecord(*a);
        change.entity = appointmentsTable();
        change.id = id;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            change.before.insert(it.key(), current.value(it.key()));
        m_db.update(appointmentsTable(), id, fields);
        return change;
    }

    // One of a series: its exception, made now or changed again.
    if (edit.notes || edit.confidential || edit.contactId)
        fail(ErrorKind::BadInput,
             QStringLiteral("notes, confidentiality and the contact belong to the whole series"));
    const QString exceptions = QStringLiteral("appointment_exceptions");
    const QString exceptionId =
        m_db.scalar(QStringLiteral("SELECT id FROM appointment_exceptions WHERE series_id = ? "
                                   "AND original_start_utc = ? AND deleted = 0"),
                    {id, originalStartUtc})
            .toString();
    QVariantMap current;
    if (!exceptionId.isEmpty()) {
        current = *m_db.get(exceptions, exceptionId);
        if (current.value(QStringLiteral("cancelled")).toBool())
            fail(ErrorKind::BadInput, QStringLiteral("this instance is cancelled"));
    }
    Occurrence o;
    o.appointment = *a;
    o.recurrenceIdUtc = originalStartUtc;
    const bool moved = current.value(start).isValid() && !current.value(start).isNull();
    o.startUtc = moved ? current.value(start).toLongLong() : originalStartUtc;
    o.endUtc = moved ? current.value(end).toLongLong() : originalStartUtc + a->endUtc - a->startUtc;
    const qint64 wasStart = o.startUtc, wasEnd = o.endUtc;
    QVariantMap write = fields;
    o.startUtc = edit.startUtc.value_or(o.startUtc);
    o.endUtc = edit.endUtc.value_or(o.endUtc);
    if (edit.title && edit.title->trimmed().isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("an appointment needs a title"));
    if (o.endUtc <= o.startUtc)
        fail(ErrorKind::BadInput, QStringLiteral("an appointment must end after it starts"));
    if (o.startUtc != wasStart || o.endUtc != wasEnd) {
        // The exception holds both ends, or the instance keeps the series' times.
        write.insert(start, o.startUtc);
        write.insert(end, o.endUtc);
        checkNewTime(o, force);
    }
    change.entity = exceptions;
    if (exceptionId.isEmpty()) {
        write.insert(QStringLiteral("series_id"), id);
        write.insert(QStringLiteral("original_start_utc"), originalStartUtc);
        change.id = m_db.insert(exceptions, write);
        change.created = true;
    } else {
        change.id = exceptionId;
        for (auto it = write.begin(); it != write.end(); ++it)
            change.before.insert(it.key(), current.value(it.key()));
        m_db.update(exceptions, exceptionId, write);
    }
    return change;
}

void AgendaRepo::undoChange(const OccurrenceChange &change)
{
    Database::Transaction tx(m_db);
    if (change.created)
        m_db.remove(change.entity, change.id);
    else
        m_db.update(change.entity, change.id, change.before);
    tx.commit();
}

BumpUndo AgendaRepo::applyBump(const Bump &bump, bool force)
{
    Database::Transaction tx(m_db);
    const BumpUndo undo = applyBumpWithin(bump, force);
    tx.commit();
    return undo;
}

BumpUndo AgendaRepo::applyBumpWithin(const Bump &bump, bool force)
{
    validate(bump.booking);
    if (!bump.booking.rrule.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a bump books one appointment, not a series"));
    if (bump.moves.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a bump moves at least one appointment"));
    const qint64 now = m_db.clock().nowMs();
    BumpUndo undo;
    QList<Occurrence> check;
    QVariantMap booking = toRecord(bump.booking);
    if (!bump.booking.id.isEmpty())
        booking.insert(QStringLiteral("id"), bump.booking.id);
    undo.bookingId = m_db.insert(appointmentsTable(), booking);
    for (const BumpMoveTo &move : bump.moves) {
        const auto a = byId(move.appointmentId);
        if (!a)
            fail(ErrorKind::NotFound, QStringLiteral("no appointment %1").arg(move.appointmentId));
        if (a->owner != bump.booking.owner || !a->rrule.isEmpty())
            fail(ErrorKind::BadInput,
                 QStringLiteral("'%1' is not a one-off appointment of the same agenda")
                     .arg(a->title));
        if (move.endUtc <= move.startUtc)
            fail(ErrorKind::BadInput, QStringLiteral("an appointment must end after it starts"));
        const QVariantMap fields{{QStringLiteral("start_utc"), move.startUtc},
                                 {QStringLiteral("end_utc"), move.endUtc},
                                 {QStringLiteral("bumped_at"), now},
                                 {QStringLiteral("bumped_for"), undo.bookingId},
                                 {QStringLiteral("bumped_by"), bump.booking.createdBy},
                                 {QStringLiteral("bumped_from_utc"), a->startUtc}};
        const QVariantMap current = *m_db.get(appointmentsTable(), move.appointmentId);
        OccurrenceChange change{appointmentsTable(), move.appointmentId, false, {}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            change.before.insert(it.key(), current.value(it.key()));
        m_db.update(appointmentsTable(), move.appointmentId, fields);
        undo.moved << change;
        Occurrence o;
        o.appointment = *a;
        o.startUtc = o.appointment.startUtc = move.startUtc;
        o.endUtc = o.appointment.endUtc = move.endUtc;
        check << o;
    }
    // Judged once everything stands where the bump puts it (the transaction reads its own
    // writes), so moves that free each other's times are not refused.
    Occurrence b;
    b.appointment = bump.booking;
    b.appointment.id = undo.bookingId;
    b.startUtc = bump.booking.startUtc;
    b.endUtc = bump.booking.endUtc;
    check.prepend(b);
    for (const Occurrence &o : std::as_const(check))
        checkNewTime(o, force);
    return undo;
}

void AgendaRepo::undoBump(const BumpUndo &undo)
{
    Database::Transaction tx(m_db);
    undoBumpWithin(undo);
    tx.commit();
}

void AgendaRepo::undoBumpWithin(const BumpUndo &undo)
{
    for (const OccurrenceChange &change : undo.moved)
        m_db.update(change.entity, change.id, change.before);
    if (!undo.bookingId.isEmpty())
        m_db.remove(appointmentsTable(), undo.bookingId);
}

BumpUndo AgendaRepo::undoFor(const QString &bookingId)
{
    if (!byId(bookingId))
        fail(ErrorKind::NotFound, QStringLiteral("no appointment %1").arg(bookingId));
    const EntityDef &def = entity(appointmentsTable());
    auto &q = m_db.run(QStringLiteral("SELECT %1 FROM appointments WHERE deleted = 0 AND "
                                      "bumped_for = ? AND bumped_from_utc IS NOT NULL ORDER BY id")
                           .arg(Database::selectColumns(def)),
                       {bookingId});
    QList<Appointment> moved;
    while (q.next())
        moved << fromRecord(Database::decodeRow(def, q));
    if (moved.isEmpty())
        fail(ErrorKind::NotFound,
             QStringLiteral("appointment %1 was not booked by a bump").arg(bookingId));
    BumpUndo undo{bookingId, {}};
    for (const Appointment &a : std::as_const(moved)) {
        undo.moved << OccurrenceChange{
            appointmentsTable(),
            a.id,
            false,
            {{QStringLiteral("start_utc"), a.bumpedFromUtc},
             {QStringLiteral("end_utc"), a.bumpedFromUtc + (a.endUtc - a.startUtc)},
             {QStringLiteral("bumped_at"), QVariant()},
             {QStringLiteral("bumped_for"), QString()},
             {QStringLiteral("bumped_by"), QString()},
             {QStringLiteral("bumped_from_utc"), QVariant()}}};
    }
    return undo;
}

QList<Appointment> AgendaRepo::bumpedBetween(const QString &personId, qint64 fromUtc, qint64 toUtc)
{
    const EntityDef &def = entity(appointmentsTable());
    auto &q = m_db.run(
        QStringLiteral("SELECT %1 FROM appointments WHERE deleted = 0 AND bumped_at IS NOT NULL "
                       "AND bumped_at >= ? AND bumped_at < ? AND (owner = ? OR "
                       "instr(attendees, ?) > 0) ORDER BY bumped_at DESC, start_utc, id")
            .arg(Database::selectColumns(def)),
        {fromUtc, toUtc, personId, QString(QLatin1Char('"') + personId + QLatin1Char('"'))});
    QList<Appointment> out;
    while (q.next())
        out << fromRecord(Database::decodeRow(def, q));
    return out;
}

void AgendaRepo::checkNewTime(const Occurrence &candidate, bool force)
{
    if (force)
        return;
    // Judged as the one instance it is, not as its whole series.
    Appointment instance = candidate.appointment;
    instance.rrule.clear();
    instance.startUtc = candidate.startUtc;
    instance.endUtc = candidate.endUtc;
    checkPrepTime(instance, false);
    if (const auto other = AgendaRules(m_db, *this).doubleBooking(candidate)) {
        const QTimeZone zone = isValidZone(other->appointment.tz)
                                   ? zoneOrFail(other->appointment.tz)
                                   : QTimeZone::utc();
        fail(ErrorKind::Refused, QStringLiteral("'%1' would overlap '%2' at %3")
                                     .arg(candidate.appointment.title, other->appointment.title,
                                          QDateTime::fromMSecsSinceEpoch(other->startUtc, zone)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
}

QList<Occurrence> AgendaRepo::occurrences(const QString &personId, qint64 fromUtc, qint64 toUtc,
                                          const QTimeZone &viewZone)
{
    return collect(personId, fromUtc, toUtc, viewZone);
}

QList<Occurrence> AgendaRepo::allOccurrences(qint64 fromUtc, qint64 toUtc,
                                             const QTimeZone &viewZone)
{
    return collect(QString(), fromUtc, toUtc, viewZone);
}

QList<Occurrence> AgendaRepo::collect(const QString &personId, qint64 fromUtc, qint64 toUtc,
                                      const QTimeZone &viewZone)
{
    const EntityDef &def = entity(appointmentsTable());
    const QString columns = Database::selectColumns(def, QStringLiteral("a."));
    // Only the person's rows are decoded: the owner's, or those with the quoted id among
    // the attendees.
    QString personFilter;
    QVariantList personArgs;
    if (!personId.isEmpty()) {
        personFilter = QStringLiteral(" AND (a.owner = ? OR instr(a.attendees, ?) > 0)");
        personArgs << personId << QString(QLatin1Char('"') + personId + QLatin1Char('"'));
    }

    QList<Occurrence> out;
    // All-day items are stored at UTC midnight: widen by a day to catch every zone's view.
    // The spans come from the R*Tree as a list of rowids: as a join, SQLite 3.40 builds a
    // Bloom filter over every appointment on each call, which costs 100x more at 100k.
    const qint64 fromMin = (fromUtc - kDay) / kMinute;
    const qint64 toMin = (toUtc + kDay) / kMinute + 1;
    auto &single =
        m_db.run(QStringLiteral("SELECT %1 FROM appointments a WHERE a.rowid IN (SELECT id FROM "
                                "appointment_spans WHERE start_min < ? AND end_min > ?) "
                                "AND a.deleted = 0 AND a.rrule = ''%2")
                     .arg(columns, personFilter),
                 QVariantList{toMin, fromMin} + personArgs);
    while (single.next()) {
        Occurrence o;
        o.appointment = fromRecord(Database::decodeRow(def, single));
        o.startUtc = o.appointment.startUtc;
        o.endUtc = o.appointment.endUtc;
        if (o.appointment.allDay)
            placeAllDay(&o, viewZone);
        if (o.startUtc < toUtc && o.endUtc > fromUtc)
            out << o;
    }

    QList<Appointment> series;
    auto &recurring = m_db.run(QStringLiteral("SELECT %1 FROM appointments a WHERE a.deleted = 0 "
                                              "AND a.rrule <> '' AND a.start_utc < ?%2")
                                   .arg(columns, personFilter),
                               QVariantList{toUtc + kDay} + personArgs);
    while (recurring.next())
        series << fromRecord(Database::decodeRow(def, recurring));
    for (const Appointment &a : series)
        expandSeries(a, fromUtc, toUtc, viewZone, &out);

    std::sort(out.begin(), out.end(), [](const Occurrence &x, const Occurrence &y) {
        return std::tie(x.startUtc, x.endUtc, x.appointment.id) <
               std::tie(y.startUtc, y.endUtc, y.appointment.id);
    });
    return out;
}

void AgendaRepo::expandSeries(const Appointment &a, qint64 fromUtc, qint64 toUtc,
                              const QTimeZone &viewZone, QList<Occurrence> *out)
{
    QList<InstanceChange> changes;
    auto &q = m_db.run(QStringLiteral("SELECT original_start_utc, cancelled, start_utc, end_utc, "
                                      "title, location FROM appointment_exceptions "
                                      "WHERE series_id = ? AND deleted = 0"),
                       {a.id});
    while (q.next()) {
        InstanceChange c;
        c.originalStartUtc = q.value(0).toLongLong();
        c.cancelled = q.value(1).toInt() != 0;
        c.startUtc = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        c.endUtc = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        c.title = q.value(4).toString();
        c.location = q.value(5).toString();
        changes << c;
    }
    const QTimeZone zone = a.allDay ? QTimeZone::utc() : zoneOrFail(a.tz);
    for (Occurrence o : seriesInstances(a, changes, zone, fromUtc, toUtc)) {
        if (a.allDay)
            placeAllDay(&o, viewZone);
        if (o.startUtc < toUtc && o.endUtc > fromUtc)
            out->append(o);
    }
}

void AgendaRepo::checkPrepTime(const Appointment &candidate, bool force)
{
    if (force)
        return;
    const QString reason = AgendaRules(m_db, *this).prepTimeRefusal(candidate);
    if (!reason.isEmpty())
        fail(ErrorKind::Refused, reason);
}

} // namespace spil
