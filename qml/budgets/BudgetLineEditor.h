// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budgets/Budget.h"
#include "qml/shell/RecordForm.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One budget line in its form: a new line for the year the page shows, or a line's name and
// amount changed; removed with undo (its orders keep their charge and come back with it).
class BudgetLineEditor : public RecordForm {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lineId READ lineId WRITE setLineId NOTIFY changed) // empty: a new line
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY changed)           // of a new line
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString amount READ amount NOTIFY changed) // "1250,00" as the user types it
public:
    explicit BudgetLineEditor(QObject *parent = nullptr);
    BudgetLineEditor(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString lineId() const { return m_id; }
    void setLineId(const QString &id) { setRecordId(id); }
    int year() const { return m_year; }
    void setYear(int year);
    QString name() const { return m_name; }
    QString amount() const { return m_amount; }
    bool canEdit() const override;

    // Adds the line, or writes what changed; empty when it went through (a new line's id is
    // then lineId), else why not in the user's words.
    Q_INVOKABLE QString save(const QString &name, const QString &amount);
    void reload() override;

private:
    void removeRecord(Database &db, const QString &id) override;
    void restoreRecord(Database &db, const QString &id) override;
    void forgetOpened() override { m_opened.reset(); }
    QString m_name, m_amount;
    int m_year = 0;
    std::optional<BudgetLine> m_opened;
};

} // namespace spil::qml
