#pragma once

#include <QAbstractListModel>
#include <algorithm>

namespace spil::app {

// Base of the app's list models: rows are display-ready structs, reloaded from the store
// whenever it changes. A reload that keeps the same rows in the same order only signals the
// rows that changed, so a tick arriving from another device does not reset the list (and the
// scroll position) under someone's thumb.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

protected:
    template <class Row, class Key> void replaceRows(QList<Row> &rows, QList<Row> fresh, Key key)
    {
        const bool sameKeys =
            rows.size() == fresh.size() &&
            std::equal(rows.cbegin(), rows.cend(), fresh.cbegin(),
                       [&](const Row &a, const Row &b) { return key(a) == key(b); });
        if (!sameKeys) {
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
    }
};

} // namespace spil::app
