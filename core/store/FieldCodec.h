// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Schema.h"

#include <QJsonValue>
#include <QVariant>

namespace spil {

// Conversions of one field's value between what callers hand in, what SQLite stores and
// what a change carries. toStored() throws Error(BadInput) for a value of the wrong type.
QVariant toStored(const FieldDef &field, const QVariant &value);
QVariant fromStored(const FieldDef &field, const QVariant &stored);
QJsonValue toJson(const FieldDef &field, const QVariant &value);
// A value as a change carries it, checked strictly against the field's type (no
// conversions): Error(BadInput) naming the field otherwise.
QVariant fromJson(const FieldDef &field, const QJsonValue &value);

} // namespace spil
