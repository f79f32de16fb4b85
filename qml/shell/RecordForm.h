// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "qml/shell/OfficeView.h"

#include <optional>

namespace spil {
class Database;
}

namespace spil::qml {

// Base of a form over one record (a supply item, a budget line): which record, whether the
// store holds it, remove and restore (the page's undo) as user actions, and how a save ends.
// The record as the form opened on it stays with the subclass: a save compares with it, so a
// sync that reloads the view while the form is open does not pass its changes off as the
// user's; forgetOpened() lets it go when the form turns to another record or saved.
class RecordForm : public OfficeView {
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
public:
    using OfficeView::OfficeView;
    bool found() const { return m_found; }
    virtual bool canEdit() const = 0;
    Q_INVOKABLE bool remove();
    Q_INVOKABLE bool restore(const QString &id);

Q_SIGNALS:
    void changed();

protected:
    // Turns the form to another record (empty: a new one) and reads it.
    void setRecordId(const QString &id);
    // Ends a save: the refusal's message, or empty once the record (the one added, if any)
    // was read again.
    QString finishSave(const std::optional<Error> &error, const QString &added);
    virtual void removeRecord(Database &db, const QString &id) = 0;
    virtual void restoreRecord(Database &db, const QString &id) = 0;
    virtual void forgetOpened() = 0;

    QString m_id;
    bool m_found = false;
};

} // namespace spil::qml
