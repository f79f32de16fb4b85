// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;
class QObject;

namespace spil {
class Database;
}

namespace spil::test {

// What a view model shows QML, as readable text: its properties, then its rows with every
// role, in a stable order (by name). Ids are written as the names of what they stand for
// (people by handle, the rest by title), so the text is the same on every run.
class Snapshot {
public:
    // Names the ids the store holds now; heading is the file's first line.
    Snapshot(Database &db, const QString &heading);

    // Every property the object declares (its own and its base classes', not QObject's)
    // but those in skip. Object-valued properties are left out: they get their own snapshot.
    void properties(const QObject &object, const QStringList &skip = {});
    void rows(const QAbstractItemModel &model);
    void model(const QAbstractItemModel &model, const QStringList &skip = {});
    // Names an id the store does not hold as a record of its own (a visitor's id before
    // the check-in makes the record), as "what: name" would be.
    void know(const QString &id, const QString &as) { m_known.insert(id, as); }
    // A value the model returns from a method rather than a property.
    void value(const QString &name, const QVariant &value);
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

    // Values of E print as their text (EnumText), quoted like a string: a value that was a
    // word before it became an enum prints as it did, so its snapshots do not change.
    template <class E> static void printAsText()
    {
        textPrinters()[QMetaType::fromType<E>().id()] = [](qint64 v) { return toText(E(v)); };
    }

private:
    static QHash<int, QString (*)(qint64)> &textPrinters();
    void add(const QString &prefix, const QString &name, const QVariant &value);
    QString format(const QString &name, const QVariant &value);
    QString string(const QString &text);
    QString nameOf(const QString &id);

    QHash<QString, QString> m_known; // id -> "task: Taxi bestellen"
    QHash<QString, QString> m_given; // id -> the name used for it in this text
    QHash<QString, int> m_uses;      // a name -> how many ids carry it in this text
    int m_unknown = 0;
    QStringList m_lines;
};

} // namespace spil::test
