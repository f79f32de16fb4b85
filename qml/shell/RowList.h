// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowListModel.h"

#include <algorithm>

namespace spil::qml {

// A list model whose rows are Row, a Q_GADGET whose properties are the roles:
//
//     struct TaskRow {
//         Q_GADGET
//         Q_PROPERTY(QString taskId MEMBER id)
//         Q_PROPERTY(QString title MEMBER title)
//     public:
//         QString id, title;
//         bool operator==(const TaskRow &) const = default;
//     };
//     class TaskListModel : public RowList<TaskRow> { ... void reload() override; };
//
// reload() reads the rows and hands them to setRows, which tells the views only what
// happened: rows that changed, rows that left or arrived (a tick under the "open" filter, a
// task handed over), so a change from another device does not reset the list (and the
// scroll position) under someone's thumb. Only a reordering resets. Base is RowListModel or a
// class derived from it that adds what a family of lists shares (MeetingListModel).
template <class Row, class Base = RowListModel> class RowList : public Base {
public:
    // The role of Row's property called name ("taskId"), or -1.
    static int roleOf(QByteArrayView name)
    {
        return RowListModel::roleOf(Row::staticMetaObject, name);
    }

protected:
    explicit RowList(QObject *parent) : Base(Row::staticMetaObject, parent) {}

    // key(row) names a row across reloads (its record's id, say).
    template <class Key> void setRows(QList<Row> fresh, Key key)
    {
        replaceRows(m_rows, std::move(fresh), key);
    }

    QList<Row> m_rows;

private:
    qsizetype size() const final { return m_rows.size(); }
    const void *gadgetAt(qsizetype i) const final { return &m_rows.at(i); }

    template <class Key> void replaceRows(QList<Row> &rows, QList<Row> fresh, Key key)
    {
        const qsizetype before = rows.size();
        if (!sameKeys(rows, fresh, key) && !removeRuns(rows, fresh, key) &&
            !insertRuns(rows, fresh, key)) {
            this->beginResetModel();
            rows = std::move(fresh);
            this->endResetModel();
            Q_EMIT this->countChanged();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == fresh[i])
                continue;
            rows[i] = std::move(fresh[i]);
            const QModelIndex at = this->index(int(i));
            Q_EMIT this->dataChanged(at, at);
        }
        if (rows.size() != before)
            Q_EMIT this->countChanged();
    }

private:
    template <class Key> static bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key key)
    {
        return a.size() == b.size() &&
               std::equal(a.cbegin(), a.cend(), b.cbegin(),
                          [&](const Row &x, const Row &y) { return key(x) == key(y); });
    }

    // Whether the keys of part appear in whole in the same order (keys are unique).
    template <class Key>
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
    template <class Key> bool removeRuns(QList<Row> &rows, const QList<Row> &fresh, Key key)
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
            this->beginRemoveRows({}, int(first), int(i));
            rows.remove(first, i - first + 1);
            this->endRemoveRows();
            i = first - 1;
        }
        return true;
    }

    // Rows only arrived: inserts them, run by run.
    template <class Key> bool insertRuns(QList<Row> &rows, const QList<Row> &fresh, Key key)
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
            this->beginInsertRows({}, int(i), int(last));
            for (qsizetype k = i; k <= last; ++k)
                rows.insert(k, fresh[k]);
            this->endInsertRows();
            i = last + 1;
        }
        return true;
    }
};

} // namespace spil::qml
