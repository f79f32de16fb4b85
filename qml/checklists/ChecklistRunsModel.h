// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One checklist run in the list of runs.
struct ChecklistRunRow {
    Q_GADGET
    Q_PROPERTY(QString runId MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString dateText MEMBER dateText)
    Q_PROPERTY(int percent MEMBER percent)
    Q_PROPERTY(QString progressText MEMBER progressText)
public:
    QString id, title, dateText;
    int percent = 0;
    QString progressText;
    bool operator==(const ChecklistRunRow &) const = default;
};

// A template a new run starts from.
struct ChecklistTemplateEntry {
    Q_GADGET
    QML_VALUE_TYPE(checklistTemplate)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int items MEMBER items) // how many items a run of it starts with
public:
    QString id, name;
    int items = 0;
    bool operator==(const ChecklistTemplateEntry &) const = default;
};

// The checklist runs of the office (move day, onboarding ...) with their progress, and the
// templates a new run starts from.
class ChecklistRunsModel : public RowList<ChecklistRunRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QList<spil::qml::ChecklistTemplateEntry> templates READ templates NOTIFY loaded)
public:
    explicit ChecklistRunsModel(QObject *parent = nullptr);
    ChecklistRunsModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QList<ChecklistTemplateEntry> templates() const { return m_templates; }
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
    // How many of the template's items a run for that day (yyyy-MM-dd) starts with their
    // time already past: the move day chosen a week ahead, its "two weeks before" items.
    Q_INVOKABLE int startsOverdue(const QString &templateId, const QString &isoDate) const;

    void reload() override;

Q_SIGNALS:
    void loaded();

private:
    using Row = ChecklistRunRow;
    QList<ChecklistTemplateEntry> m_templates;
};

} // namespace spil::qml
