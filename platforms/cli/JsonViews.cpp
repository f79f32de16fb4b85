// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonViews.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/common/Time.h"
#include "core/store/FieldCodec.h"
#include "core/store/Schema.h"

namespace spil {

QJsonObject recordJson(const QString &entityName, const QVariantMap &record)
{
    const EntityDef &def = entity(entityName);
    QJsonObject out;
    out.insert(QStringLiteral("id"), record.value(QStringLiteral("id")).toString());
    for (const FieldDef &f : def.fields) {
        const QVariant v = record.value(f.name);
        if (f.type == FieldType::Time)
            out.insert(f.name, v.isValid() && !v.isNull()
                                   ? QJsonValue(formatInstant(v.toLongLong(), QTimeZone::utc()))
                                   : QJsonValue());
        else
            out.insert(f.name, toJson(f, v));
    }
    return out;
}

QJsonObject occurrenceJson(const Occurrence &o, const QTimeZone &zone)
{
    QVariantMap record = AgendaRepo::toRecord(o.appointment);
    record.insert(QStringLiteral("id"), o.appointment.id);
    record.insert(QStringLiteral("start_utc"), o.startUtc);
    record.insert(QStringLiteral("end_utc"), o.endUtc);
    QJsonObject out = recordJson(QStringLiteral("appointments"), record);
    out.insert(QStringLiteral("start"), formatInstant(o.startUtc, zone));
    out.insert(QStringLiteral("end"), formatInstant(o.endUtc, zone));
    out.insert(QStringLiteral("recurrence_id"),
               o.recurrenceIdUtc < 0
                   ? QJsonValue()
                   : QJsonValue(formatInstant(o.recurrenceIdUtc, QTimeZone::utc())));
    out.insert(QStringLiteral("moved"), o.moved);
    return out;
}

QJsonObject conflictJson(const Conflict &c, const QTimeZone &zone)
{
    return {
        {QStringLiteral("type"), toText(c.type)},
        {QStringLiteral("first"), occurrenceJson(c.first, zone)},
        {QStringLiteral("second"), occurrenceJson(c.second, zone)},
        {QStringLiteral("overlap_start"), formatInstant(c.overlap.start, zone)},
        {QStringLiteral("overlap_end"), formatInstant(c.overlap.end, zone)},
    };
}

} // namespace spil
