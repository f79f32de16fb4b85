// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/supplies/Supply.h"
#include "qml/shell/RecordForm.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One supply item in its form: a new one, or one of the stock opened from the list (a count
// taken, a new price or supplier); removed with undo. Only what the user changed since the
// form opened is written, so a receipt another device booked meanwhile keeps its stock.
class SupplyItemEditor : public RecordForm {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY changed) // empty: a new item
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(int stock READ stock NOTIFY changed)
    Q_PROPERTY(int reorderLevel READ reorderLevel NOTIFY changed)
    Q_PROPERTY(QString supplier READ supplier NOTIFY changed)
    Q_PROPERTY(QString price READ price NOTIFY changed) // "28,99" as the user types it
public:
    explicit SupplyItemEditor(QObject *parent = nullptr);
    SupplyItemEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString itemId() const { return m_id; }
    void setItemId(const QString &id) { setRecordId(id); }
    QString name() const { return m_name; }
    QString unit() const { return m_unit; }
    int stock() const { return m_stock; }
    int reorderLevel() const { return m_reorderLevel; }
    QString supplier() const { return m_supplier; }
    QString price() const { return m_price; }
    bool canEdit() const override;

    // Adds the item, or writes what changed; empty when it went through (a new item's id is
    // then itemId), else why not in the user's words.
    Q_INVOKABLE QString save(const QString &name, const QString &unit, int stock, int reorderLevel,
                             const QString &supplier, const QString &price);
    void reload() override;

private:
    void removeRecord(Database &db, const QString &id) override;
    void restoreRecord(Database &db, const QString &id) override;
    void forgetOpened() override { m_opened.reset(); }
    QString m_name, m_unit, m_supplier, m_price;
    int m_stock = 0, m_reorderLevel = 0;
    std::optional<SupplyItem> m_opened;
};

} // namespace spil::qml
