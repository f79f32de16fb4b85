// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/FieldCodec.h"

#include "core/common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace spil {

namespace {
[[noreturn]] void wrongType(const FieldDef &field, const QVariant &value)
{
    fail(ErrorKind::BadInput,
         QStringLiteral("field '%1' cannot take the value '%2'").arg(field.name, value.toString()));
}

QStringList toStringList(const FieldDef &field, const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const QVariant &v : value.toList()) {
            if (v.typeId() != QMetaType::QString)
                wrongType(field, v);
            out << v.toString();
        }
        return out;
    }
    if (value.typeId() == QMetaType::QString) {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (doc.isArray())
            return toStringList(field, doc.array().toVariantList());
    }
    if (!value.isValid())
        return {};
    wrongType(field, value);
}
// Hashes are compared as text: one spelling, lower-case hex. Dates and wall-clock times
// too: one spelling, so they sort and compare as text in SQLite.
void checkFormat(const FieldDef &field, const QString &text)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (field.format == TextFormat::Sha256 && !sha256.match(text).hasMatch())
        fail(ErrorKind::BadInput,
             QStringLiteral("field '%1' takes a SHA-256 as 64 lower-case hex digits, not '%2'")
                 .arg(field.name, text.left(80)));
    if (field.format == TextFormat::Date && !text.isEmpty() &&
        (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
        fail(ErrorKind::BadInput,
             QStringLiteral("field '%1' takes a date as YYYY-MM-DD or nothing, not '%2'")
                 .arg(field.name, text.left(80)));
    if (field.format == TextFormat::LocalTime &&
        (text.size() != 16 ||
         !QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm")).isValid()))
        fail(ErrorKind::BadInput,
             QStringLiteral("field '%1' takes times as YYYY-MM-DDTHH:MM, not '%2'")
                 .arg(field.name, text.left(80)));
}

QString typeDescription(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("a string");
    case FieldType::Int:
        return QStringLiteral("a whole number");
    case FieldType::Bool:
        return QStringLiteral("true or false");
    case FieldType::Time:
        return QStringLiteral("milliseconds since 1970 or null");
    case FieldType::List:
        return QStringLiteral("an array of strings");
    }
    return {};
}
} // namespace

QVariant toStored(const FieldDef &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
        if (!value.isValid())
            return QString(QLatin1String(""));
        if (!value.canConvert<QString>() || value.typeId() == QMetaType::QVariantList)
            wrongType(field, value);
        checkFormat(field, value.toString());
        return value.toString().isNull() ? QString(QLatin1String("")) : value.toString();
    case FieldType::Int:
    case FieldType::Time: {
        if (!value.isValid() || value.isNull()) {
            if (field.type == FieldType::Time)
                return QVariant(QMetaType::fromType<qint64>());
            return qint64(0);
        }
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || value.typeId() == QMetaType::Bool)
            wrongType(field, value);
        return n;
    }
    case FieldType::Bool:
        if (value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::Int ||
            value.typeId() == QMetaType::LongLong)
            return value.toBool() ? 1 : 0;
        if (!value.isValid())
            return 0;
        wrongType(field, value);
    case FieldType::List: {
        const QStringList list = toStringList(field, value);
        for (const QString &text : list)
            checkFormat(field, text);
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QVariant fromStored(const FieldDef &field, const QVariant &stored)
{
    switch (field.type) {
    case FieldType::Text:
        return stored.toString();
    case FieldType::Int:
        return stored.toLongLong();
    case FieldType::Time:
        return stored.isNull() ? QVariant() : QVariant(stored.toLongLong());
    case FieldType::Bool:
        return stored.toInt() != 0;
    case FieldType::List: {
        QStringList out;
        const auto array = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
        for (const auto &v : array)
            out << v.toString();
        return out;
    }
    }
    return {};
}

QJsonValue toJson(const FieldDef &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Int:
        return value.toLongLong();
    case FieldType::Time:
        return value.isValid() && !value.isNull() ? QJsonValue(value.toLongLong()) : QJsonValue();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::List:
        return QJsonArray::fromStringList(value.toStringList());
    }
    return {};
}

QVariant fromJson(const FieldDef &field, const QJsonValue &value)
{
    const auto wrong = [&] {
        fail(ErrorKind::BadInput,
             QStringLiteral("field '%1' takes %2").arg(field.name, typeDescription(field.type)));
    };
    switch (field.type) {
    case FieldType::Text:
        if (!value.isString())
            wrong();
        checkFormat(field, value.toString());
        return value.toString();
    case FieldType::Int:
    case FieldType::Time: {
        if (field.type == FieldType::Time && value.isNull())
            return QVariant();
        const double d = value.toDouble();
        // The range first: casting a double beyond qint64 is undefined.
        if (!value.isDouble() || std::abs(d) > 9.0e15 || d != double(qint64(d)))
            wrong();
        return qint64(d);
    }
    case FieldType::Bool:
        if (!value.isBool())
            wrong();
        return value.toBool();
    case FieldType::List: {
        if (!value.isArray())
            wrong();
        QStringList out;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString())
                wrong();
            checkFormat(field, v.toString());
            out << v.toString();
        }
        return out;
    }
    }
    return {};
}

} // namespace spil
