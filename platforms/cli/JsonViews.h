// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTimeZone>
#include <QVariantMap>

namespace spil {

struct Occurrence;
struct Conflict;

// A record as JSON with its domain field names: times as ISO 8601 in UTC, lists as arrays.
QJsonObject recordJson(const QString &entity, const QVariantMap &record);
// An appointment as it appears on a timeline read in zone: the record with this instance's
// start_utc and end_utc, plus start and end in zone, recurrence_id (the instance's
// original start) and moved.
QJsonObject occurrenceJson(const Occurrence &occurrence, const QTimeZone &zone);
QJsonObject conflictJson(const Conflict &conflict, const QTimeZone &zone);

} // namespace spil
