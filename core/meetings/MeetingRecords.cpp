// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingRecords.h"

#include "core/store/Database.h"
#include "core/store/Schema.h"

namespace spil::meetings {

QList<QVariantMap> select(Database &db, const QString &entityName, const QString &where,
                          const QVariantList &args)
{
    const EntityDef &def = entity(entityName);
    auto &q = db.run(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 AND (%3)")
                         .arg(Database::selectColumns(def), entityName, where),
                     args);
    QList<QVariantMap> out;
    while (q.next())
        out << Database::decodeRow(def, q);
    return out;
}

QString meetingWhere()
{
    return QStringLiteral("appointment_id = ? AND coalesce(occurrence_utc, -1) = ?");
}

QVariantList meetingArgs(const MeetingRef &meeting)
{
    return {meeting.appointmentId, meeting.occurrenceUtc};
}

qint64 optionalTime(const QVariant &value)
{
    return value.isValid() && !value.isNull() ? value.toLongLong() : -1;
}

QVariant storedTime(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

} // namespace spil::meetings
