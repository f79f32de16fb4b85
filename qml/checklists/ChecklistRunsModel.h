// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowListModel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// The checklist runs of the office (move day, onboarding ...) with their progress, and the
// templates a new run starts from.
class ChecklistRunsModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList templates READ templates NOTIFY loaded)
public:
    enum Roles {
        RunIdRole = Qt::UserRole + 1,
        TitleRole,
        DateTextRole,
        PercentRole,
        ProgressTextRole
    };
    explicit ChecklistRunsModel(QObject *parent = nullptr);
    ChecklistRunsModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QVariantList templates() const { return m_templates; }
    // Starts a run of a template for a day from today; returns the run's id (empty when
    // refused, with App.actionFailed saying why).
    Q_INVOKABLE QString startRun(const QString &templateId, const QString &title, int dayOffset);
    // The same for a date chosen on a calendar (yyyy-MM-dd), the move day say.
    Q_INVOKABLE QString startRunOn(const QString &templateId, const QString &title,
                                   const QString &isoDate);
    // Today on this device (yyyy-MM-dd): where the calendar opens.
    Q_INVOKABLE QString today() const;
    // "Friday 11 December" for a date of the calendar.
    Q_INVOKABLE QString dayText(const QString &isoDate) const;
    Q_INVOKABLE QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

Q_SIGNALS:
    void loaded();

private:
    struct Row {
        QString id, title, dateText;
        int percent = 0;
        QString progressText;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QVariantList m_templates;
};

} // namespace spil::qml
