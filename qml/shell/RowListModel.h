// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/OfficeLink.h"

#include <QAbstractListModel>
#include <QQmlParserStatus>
#include <algorithm>

namespace spil::qml {

// Base of the app's list models: rows are display-ready structs, reloaded from the store
// whenever it changes. A reload tells the views only what happened: rows that changed,
// rows that left or arrived (a tick under the "open" filter, a task handed over), so a
// change from another device does not reset the list (and the scroll position) under
// someone's thumb. Only a reordering resets. What the rows are read from, the office and
// its people, is handed to the model as OfficeLink tells.
class RowListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(spil::qml::OfficeStore *office READ office WRITE setOffice NOTIFY linkChanged)
    Q_PROPERTY(spil::qml::PeopleDirectory *people READ people WRITE setPeople NOTIFY linkChanged)
public:
    explicit RowListModel(QObject *parent = nullptr) : QAbstractListModel(parent)
    {
        m_link.watch(OfficeLink::Data);
    }
    int count() const { return rowCount(); }

    OfficeStore *office() const { return m_link.office(); }
    void setOffice(OfficeStore *office)
    {
        if (m_link.setOffice(office))
            Q_EMIT linkChanged();
    }
    PeopleDirectory *people() const { return m_link.people(); }
    void setPeople(PeopleDirectory *people)
    {
        if (m_link.setPeople(people))
            Q_EMIT linkChanged();
    }
    void classBegin() override { m_link.classBegin(); }
    void componentComplete() override { m_link.componentComplete(); }

public Q_SLOTS:
    // Reads the rows again.
    virtual void reload() = 0;

Q_SIGNALS:
    void countChanged();
    void linkChanged();

protected:
    // For the constructors that take the parts (C++): after the model is whole.
    void link(OfficeStore *office, PeopleDirectory *people)
    {
        m_link.link(office, people);
        Q_EMIT linkChanged();
    }
    // An office is open, and the model has both parts: there are rows to read.
    bool open() const { return m_link.open(); }
    OfficeLink m_link{this, [this] { reload(); }};

    template <class Row, class Key> void replaceRows(QList<Row> &rows, QList<Row> fresh, Key key)
    {
        const qsizetype before = rows.size();
        if (!sameKeys(rows, fresh, key) && !removeRuns(rows, fresh, key) &&
            !insertRuns(rows, fresh, key)) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            Q_EMIT countChanged();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == fresh[i])
                continue;
            rows[i] = std::move(fresh[i]);
            const QModelIndex at = index(int(i));
            Q_EMIT dataChanged(at, at);
        }
        if (rows.size() != before)
            Q_EMIT countChanged();
    }

private:
    template <class Row, class Key>
    static bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key key)
    {
        return a.size() == b.size() &&
               std::equal(a.cbegin(), a.cend(), b.cbegin(),
                          [&](const Row &x, const Row &y) { return key(x) == key(y); });
    }

    // Whether the keys of part appear in whole in the same order (keys are unique).
    template <class Row, class Key>
    static bool isSubsequence(const QList<Row> &part, const QList<Row> &whole, Key key)
    {
        qsizetype j = 0;
        for (qsizetype i = 0; i < whole.size() && j < part.size(); ++i) {
            if (key(whole[i]) == key(part[j]))
                ++j;
        }
        return j == part.size();
    }

    // Rows only left: removes them, run by run, from the end.
    template <class Row, class Key>
    bool removeRuns(QList<Row> &rows, const QList<Row> &fresh, Key key)
    {
        if (fresh.size() >= rows.size() || !isSubsequence(fresh, rows, key))
            return false;
        qsizetype j = fresh.size() - 1;
        for (qsizetype i = rows.size() - 1; i >= 0;) {
            if (j >= 0 && key(rows[i]) == key(fresh[j])) {
                --i;
                --j;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !(j >= 0 && key(rows[first - 1]) == key(fresh[j])))
                --first;
            beginRemoveRows({}, int(first), int(i));
            rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        return true;
    }

    // Rows only arrived: inserts them, run by run.
    template <class Row, class Key>
    bool insertRuns(QList<Row> &rows, const QList<Row> &fresh, Key key)
    {
        if (fresh.size() <= rows.size() || !isSubsequence(rows, fresh, key))
            return false;
        for (qsizetype i = 0; i < fresh.size();) {
            if (i < rows.size() && key(rows[i]) == key(fresh[i])) {
                ++i;
                continue;
            }
            qsizetype last = i;
            while (last + 1 < fresh.size() &&
                   !(i < rows.size() && key(rows[i]) == key(fresh[last + 1])))
                ++last;
            beginInsertRows({}, int(i), int(last));
            for (qsizetype k = i; k <= last; ++k)
                rows.insert(k, fresh[k]);
            endInsertRows();
            i = last + 1;
        }
        return true;
    }
};

} // namespace spil::qml
