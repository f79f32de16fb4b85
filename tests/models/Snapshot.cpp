// SPDX-License-Identifier: GPL-3.0-or-later
#include "Snapshot.h"

#include "core/agenda/AgendaRepo.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QMetaProperty>
#include <QPointF>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace spil::test {

namespace {
const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return re;
}

bool isList(const QVariant &v)
{
    const int type = v.metaType().id();
    return type == QMetaType::QStringList || type == QMetaType::QVariantList ||
           (type != QMetaType::QString && type != QMetaType::QByteArray &&
            v.canConvert<QVariantList>() && !v.canConvert<QVariantMap>());
}

QString className(const QMetaType &type)
{
    return QString::fromLatin1(type.name()).section(QStringLiteral("::"), -1);
}

// An enum without a text table (a view model's own, such as SyncStatus::State) prints as
// the word the app had for it before it was an enum: its key in lower-case words joined by
// dashes ("SignedOut": "signed-out").
QString keyAsWords(const QVariant &v)
{
    const QMetaType type = v.metaType();
    const QMetaObject *mo = type.metaObject();
    const int index = mo ? mo->indexOfEnumerator(className(type).toLatin1().constData()) : -1;
    const char *key = index >= 0 ? mo->enumerator(index).valueToKey(int(v.toLongLong())) : nullptr;
    if (!key)
        return v.toString();
    QString out;
    for (const QChar c : QString::fromLatin1(key)) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}
} // namespace

Snapshot::Snapshot(Database &db, const QString &heading)
{
    m_lines << QStringLiteral("# ") + heading;
    for (const Person &p : PeopleRepo(db).all())
        m_known.insert(p.id, QStringLiteral("person: ") + p.handle);
    for (const Task &t : TaskRepo(db).list({}, true))
        m_known.insert(t.id, QStringLiteral("task: ") + t.title);
    const qint64 now = db.clock().nowMs();
    const qint64 year = 366LL * 24 * 3600 * 1000;
    for (const Occurrence &o :
         AgendaRepo(db).allOccurrences(now - year, now + year, QTimeZone::utc()))
        m_known.insert(o.appointment.id, QStringLiteral("appointment: ") + o.appointment.title);
    ChecklistRepo checklists(db);
    for (const ChecklistTemplate &t : checklists.templates())
        m_known.insert(t.id, QStringLiteral("template: ") + t.name);
    for (const ChecklistRun &run : checklists.runs()) {
        m_known.insert(run.id, QStringLiteral("run: ") + run.title);
        for (const ChecklistItem &item : checklists.items(run.id))
            m_known.insert(item.id, QStringLiteral("item: ") + item.title);
        for (const Incident &incident : checklists.incidents(run.id))
            m_known.insert(incident.id, QStringLiteral("incident: ") + incident.text);
    }
}

QString Snapshot::nameOf(const QString &id)
{
    const auto given = m_given.constFind(id);
    if (given != m_given.cend())
        return *given;
    QString name = m_known.value(id);
    if (name.isEmpty())
        name = QStringLiteral("id %1").arg(++m_unknown);
    // Two records with one title (a run started twice from a template) keep apart, numbered
    // in the order this text meets them.
    const int uses = ++m_uses[name];
    if (uses > 1)
        name += QStringLiteral(" #%1").arg(uses);
    m_given.insert(id, name);
    return name;
}

QString Snapshot::string(const QString &text)
{
    QString out;
    qsizetype from = 0;
    for (auto it = uuidPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += QLatin1Char('<') + nameOf(m.captured()) + QLatin1Char('>');
        from = m.capturedEnd();
    }
    out += text.mid(from);
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QHash<int, QString (*)(qint64)> &Snapshot::textPrinters()
{
    static QHash<int, QString (*)(qint64)> texts;
    return texts;
}

QString Snapshot::format(const QString &name, const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("null");
    const QMetaType type = v.metaType();
    if (const auto text = textPrinters().value(type.id()))
        return string(text(v.toLongLong()));
    if (type.flags() & QMetaType::IsEnumeration)
        return string(keyAsWords(v));
    switch (type.id()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        // Instants travel to QML as milliseconds: written as the moment they are.
        if (name.endsWith(QLatin1String("Utc")) && d > 0) {
            const qint64 ms = qint64(d);
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                .toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
        }
        if (std::floor(d) == d && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::QString:
        return string(v.toString());
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QPointF: {
        // A chart's point: both coordinates, as numbers are written.
        const QPointF p = v.toPointF();
        return QLatin1Char('(') + format(QString(), p.x()) + QStringLiteral(", ") +
               format(QString(), p.y()) + QLatin1Char(')');
    }
    default:
        break;
    }
    // Maps and typed gadgets read alike: {key=value ...} by key.
    if (type.flags() & QMetaType::IsGadget) {
        QStringList fields;
        const QMetaObject *mo = type.metaObject();
        QMap<QString, QString> byName;
        for (int i = 0; i < mo->propertyCount(); ++i) {
            const QMetaProperty p = mo->property(i);
            byName.insert(QString::fromLatin1(p.name()),
                          format(QString::fromLatin1(p.name()), p.readOnGadget(v.constData())));
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            fields << it.key() + QLatin1Char('=') + it.value();
        return QLatin1Char('{') + fields.join(QLatin1Char(' ')) + QLatin1Char('}');
    }
    if (v.canConvert<QVariantMap>() && !isList(v)) {
        QStringList fields;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            fields << it.key() + QLatin1Char('=') + format(it.key(), it.value());
        return QLatin1Char('{') + fields.join(QLatin1Char(' ')) + QLatin1Char('}');
    }
    if (isList(v)) {
        QStringList items;
        for (const QVariant &item : v.toList())
            items << format(name, item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (type.flags() & QMetaType::PointerToQObject)
        return QStringLiteral("object");
    return QString::fromLatin1(type.name()) + QLatin1Char('(') + v.toString() + QLatin1Char(')');
}

void Snapshot::add(const QString &prefix, const QString &name, const QVariant &value)
{
    // A list gets a line per element, so that a change shows as the element that changed.
    if (isList(value) && !value.toList().isEmpty()) {
        const QVariantList items = value.toList();
        for (qsizetype i = 0; i < items.size(); ++i)
            m_lines << QStringLiteral("%1%2[%3]=%4")
                           .arg(prefix, name)
                           .arg(i)
                           .arg(format(name, items[i]));
        return;
    }
    m_lines << prefix + name + QLatin1Char('=') + format(name, value);
}

void Snapshot::properties(const QObject &object, const QStringList &skip)
{
    const QMetaObject *mo = object.metaObject();
    QMap<QString, QVariant> byName;
    for (int i = QObject::staticMetaObject.propertyCount(); i < mo->propertyCount(); ++i) {
        const QMetaProperty p = mo->property(i);
        const QString name = QString::fromLatin1(p.name());
        if (skip.contains(name) || (p.metaType().flags() & QMetaType::PointerToQObject))
            continue;
        byName.insert(name, p.read(&object));
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        add(QStringLiteral("property "), it.key(), it.value());
}

void Snapshot::value(const QString &name, const QVariant &value)
{
    add(QStringLiteral("value "), name, value);
}

void Snapshot::rows(const QAbstractItemModel &model)
{
    QMap<QString, int> roles;
    const auto names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        roles.insert(QString::fromLatin1(it.value()), it.key());
    m_lines << QStringLiteral("rows=%1").arg(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        const QModelIndex index = model.index(row, 0);
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            fields << it.key() + QLatin1Char('=') + format(it.key(), model.data(index, *it));
        m_lines << QStringLiteral("row %1: ").arg(row) + fields.join(QLatin1Char(' '));
    }
}

void Snapshot::model(const QAbstractItemModel &model, const QStringList &skip)
{
    properties(model, skip);
    rows(model);
}

} // namespace spil::test
