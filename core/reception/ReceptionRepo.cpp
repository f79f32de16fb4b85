// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/ReceptionRepo.h"

#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"

namespace spil {

namespace {
const QString kVisitors = QStringLiteral("visitors");
const QString kSettings = QStringLiteral("reception_settings");

QVariant optionalTime(qint64 ms)
{
    return ms != 0 ? QVariant(ms) : QVariant();
}
} // namespace

QString ReceptionRepo::settingsId()
{
    // One record per office: every device writes the same one.
    return visitorIdFor(QStringLiteral("reception_settings"), 0, QString());
}

Visitor ReceptionRepo::fromRecord(const QVariantMap &r)
{
    return {r.value(QStringLiteral("id")).toString(),
            r.value(QStringLiteral("name")).toString(),
            r.value(QStringLiteral("organisation")).toString(),
            r.value(QStringLiteral("expected_utc")).toLongLong(),
            r.value(QStringLiteral("host")).toString(),
            r.value(QStringLiteral("appointment_id")).toString(),
            r.value(QStringLiteral("checked_in_at")).toLongLong(),
            r.value(QStringLiteral("checked_in_by")).toString(),
            r.value(QStringLiteral("created_by")).toString()};
}

QString ReceptionRepo::add(Visitor visitor)
{
    visitor.name = visitor.name.simplified();
    if (visitor.name.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("a visitor needs a name"));
    if (visitor.host.isEmpty() || !PeopleRepo(m_db).byId(visitor.host))
        fail(ErrorKind::NotFound, QStringLiteral("no host %1").arg(visitor.host));
    if (visitor.expectedUtc == 0)
        visitor.expectedUtc = m_db.clock().nowMs();
    Database::Transaction tx(m_db);
    QVariantMap record{{QStringLiteral("name"), visitor.name},
                       {QStringLiteral("organisation"), visitor.organisation.simplified()},
                       {QStringLiteral("expected_utc"), visitor.expectedUtc},
                       {QStringLiteral("host"), visitor.host},
                       {QStringLiteral("appointment_id"), visitor.appointmentId},
                       {QStringLiteral("checked_in_at"), optionalTime(visitor.checkedInAt)},
                       {QStringLiteral("checked_in_by"), visitor.checkedInBy},
                       {QStringLiteral("created_by"), visitor.createdBy}};
    if (!visitor.id.isEmpty())
        record.insert(QStringLiteral("id"), visitor.id);
    const QString id = m_db.insert(kVisitors, record);
    tx.commit();
    return id;
}

QList<ExpectedVisitor> ReceptionRepo::day(const QDate &date, const QTimeZone &zone)
{
    const qint64 from = startOfDay(date, zone);
    const qint64 to = startOfDay(date.addDays(1), zone);
    QList<ExpectedAppointment> appointments;
    for (const Occurrence &o : AgendaRepo(m_db).allOccurrences(from, to, zone)) {
        const Appointment &a = o.appointment;
        if (a.status == AppointmentStatus::Cancelled || a.attendees.isEmpty() || o.startUtc < from)
            continue;
        appointments << ExpectedAppointment{a.id, a.title, a.owner, o.startUtc, a.attendees};
    }
    QList<Visitor> visitors;
    for (const QVariantMap &r : m_db.liveRecords(
             kVisitors, QStringLiteral("AND expected_utc >= ? AND expected_utc < ?"), {from, to}))
        visitors << fromRecord(r);
    QStringList people;
    for (const Person &p : PeopleRepo(m_db).all())
        people << p.id;
    QList<ExpectedVisitor> out = mergeDay(appointments, visitors, people);
    // The agenda still names who attended; past the office's retention the reception's list
    // of the day does not, as the server has emptied its visitors: when and for whom stay.
    const int days = retentionDays();
    const qint64 now = m_db.clock().nowMs();
    for (ExpectedVisitor &row : out) {
        if (nameForgotten(row.expectedUtc, row.checkedInAt, days, now)) {
            row.name.clear();
            row.organisation.clear();
        }
    }
    return out;
}

QString ReceptionRepo::checkIn(const ExpectedVisitor &row, const QString &by)
{
    if (row.visitorId.isEmpty())
        fail(ErrorKind::BadInput, QStringLiteral("no visitor to check in"));
    const qint64 now = m_db.clock().nowMs();
    Database::Transaction tx(m_db);
    const QVariant deleted =
        m_db.scalar(QStringLiteral("SELECT deleted FROM visitors WHERE id = ?"), {row.visitorId});
    if (!deleted.isValid()) {
        if (row.name.trimmed().isEmpty())
            fail(ErrorKind::BadInput, QStringLiteral("a visitor needs a name"));
        m_db.insert(kVisitors, {{QStringLiteral("id"), row.visitorId},
                                {QStringLiteral("name"), row.name.simplified()},
                                {QStringLiteral("organisation"), row.organisation.simplified()},
                                {QStringLiteral("expected_utc"), row.expectedUtc},
                                {QStringLiteral("host"), row.host},
                                {QStringLiteral("appointment_id"), row.appointmentId},
                                {QStringLiteral("checked_in_at"), now},
                                {QStringLiteral("checked_in_by"), by},
                                {QStringLiteral("created_by"), by}});
    } else {
        if (deleted.toBool())
            m_db.restore(kVisitors, row.visitorId);
        // An intent: checked in already, it stays as the first desk left it.
        if (m_db.get(kVisitors, row.visitorId)
                ->value(QStringLiteral("checked_in_at"))
                .toLongLong() == 0)
            m_db.update(
                kVisitors, row.visitorId,
                {{QStringLiteral("checked_in_at"), now}, {QStringLiteral("checked_in_by"), by}});
    }
    tx.commit();
    return row.visitorId;
}

void ReceptionRepo::undoCheckIn(const QString &id)
{
    if (!visitor(id))
        fail(ErrorKind::NotFound, QStringLiteral("no visitor %1").arg(id));
    Database::Transaction tx(m_db);
    m_db.update(kVisitors, id,
                {{QStringLiteral("checked_in_at"), QVariant()},
                 {QStringLiteral("checked_in_by"), QString()}});
    tx.commit();
}

std::optional<Visitor> ReceptionRepo::visitor(const QString &id)
{
    const auto r = m_db.get(kVisitors, id);
    return r ? std::optional(fromRecord(*r)) : std::nullopt;
}

QList<Visitor> ReceptionRepo::visitors()
{
    QList<Visitor> out;
    for (const QVariantMap &r :
         m_db.liveRecords(kVisitors, QStringLiteral("ORDER BY expected_utc, id")))
        out << fromRecord(r);
    return out;
}

int ReceptionRepo::retentionDays()
{
    const auto r = m_db.get(kSettings, settingsId());
    if (!r)
        return kDefaultVisitorRetentionDays;
    return r->value(QStringLiteral("visitor_retention_days")).toInt();
}

void ReceptionRepo::setRetentionDays(int days)
{
    if (days < 0 || days > kMaxVisitorRetentionDays)
        fail(ErrorKind::BadInput,
             QStringLiteral("visitor names are kept 0 to %1 days").arg(kMaxVisitorRetentionDays));
    const QString id = settingsId();
    Database::Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM reception_settings WHERE id = ?"), {id})
            .isValid())
        m_db.update(kSettings, id, {{QStringLiteral("visitor_retention_days"), days}});
    else
        m_db.insert(kSettings,
                    {{QStringLiteral("id"), id}, {QStringLiteral("visitor_retention_days"), days}});
    tx.commit();
}

} // namespace spil
