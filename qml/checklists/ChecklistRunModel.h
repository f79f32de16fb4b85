// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// One item of a checklist run.
struct ChecklistItemRow {
    Q_GADGET
    Q_PROPERTY(QString itemId MEMBER id)
    Q_PROPERTY(QString phase MEMBER phase)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString responsible MEMBER responsible)
    Q_PROPERTY(QString dueText MEMBER dueText)
    Q_PROPERTY(bool overdue MEMBER overdue)
    Q_PROPERTY(bool done MEMBER done)
    Q_PROPERTY(QString doneText MEMBER doneText)
    Q_PROPERTY(bool mine MEMBER mine)
    // Open, and whoever is responsible is on sick leave the day it is due (today for an
    // item due before, the run's day for one without a time): hand it to someone else.
    Q_PROPERTY(bool absent MEMBER absent)
    Q_PROPERTY(QString notes MEMBER notes)
public:
    QString id, phase, title, responsible, dueText;
    bool overdue = false, done = false;
    QString doneText;
    bool mine = false;
    bool absent = false;
    QString notes;
    bool operator==(const ChecklistItemRow &) const = default;
};

// One phase of a run and how far it is.
struct RunPhase {
    Q_GADGET
    QML_VALUE_TYPE(runPhase)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int done MEMBER done)
    Q_PROPERTY(int total MEMBER total)
    Q_PROPERTY(int percent MEMBER percent)
public:
    QString name;
    int done = 0, total = 0, percent = 0;
    bool operator==(const RunPhase &) const = default;
};

// A problem reported during a run, as the run's log shows it.
struct IncidentEntry {
    Q_GADGET
    QML_VALUE_TYPE(incidentEntry)
    Q_PROPERTY(QString time MEMBER time) // "14:05", "yesterday 16:00"
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString by MEMBER by) // who reported it, by name
public:
    QString time, text, by;
    bool operator==(const IncidentEntry &) const = default;
};

// The items of one checklist run, grouped by phase, with progress in total and per phase
// and the run's incident log. Ticks from other devices arrive through OfficeStore::storeChanged and
// change only the rows they touch.
class ChecklistRunModel : public RowList<ChecklistItemRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString runId READ runId WRITE setRunId NOTIFY runIdChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString dateText READ dateText NOTIFY loaded)
    Q_PROPERTY(int percent READ percent NOTIFY loaded)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY loaded)
    Q_PROPERTY(int total READ total NOTIFY loaded)
    // In phase order.
    Q_PROPERTY(QList<spil::qml::RunPhase> phases READ phases NOTIFY loaded)
    // Newest first.
    Q_PROPERTY(QList<spil::qml::IncidentEntry> incidents READ incidents NOTIFY loaded)

public:
    // Which items show (QML: ChecklistRunModel.All, ...): all, those the user is
    // responsible for, or those not ticked yet. A row on view stays in its place when it
    // stops matching (ticked here or on another device, handed away), marked as it is now:
    // a row that left under a thumb would put the tap meant for it on the next one. It
    // leaves when the list is chosen afresh: the filter chosen again, another run chosen, the
    // run's page opened anew.
    enum class Filter { All, Mine, Open };
    Q_ENUM(Filter)

    explicit ChecklistRunModel(QObject *parent = nullptr);
    ChecklistRunModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    QString runId() const { return m_runId; }
    void setRunId(const QString &id);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString title() const { return m_title; }
    QString dateText() const { return m_dateText; }
    int percent() const { return m_total == 0 ? 0 : m_done * 100 / m_total; }
    int doneCount() const { return m_done; }
    int total() const { return m_total; }
    QList<RunPhase> phases() const { return m_phases; }
    QList<IncidentEntry> incidents() const { return m_incidents; }

    // A tap means "done" (who and when are recorded); an item done already stays as it was.
    // Undoing a tick is its own action, never the same tap again.
    Q_INVOKABLE void tick(const QString &itemId);
    Q_INVOKABLE void untick(const QString &itemId);
    Q_INVOKABLE bool addIncident(const QString &text);
    // "Hand to Pieter": personId becomes responsible for the open item (empty: nobody, the
    // Undo of a hand to an item nobody had); false when refused (done meanwhile).
    Q_INVOKABLE bool handTo(const QString &itemId, const QString &personId);
    // Who is responsible now, for the Undo of a hand.
    Q_INVOKABLE QString responsibleIdOf(const QString &itemId) const;

    void reload() override;

Q_SIGNALS:
    void runIdChanged();
    void filterChanged();
    void loaded();

private:
    using Row = ChecklistItemRow;
    QString m_runId, m_title, m_dateText;
    Filter m_filter = Filter::All;
    bool m_afresh = true; // the next reload drops the rows that no longer match
    int m_done = 0, m_total = 0;
    QList<RunPhase> m_phases;
    QList<IncidentEntry> m_incidents;
};

} // namespace spil::qml

namespace spil {
// The filters' names where a person reads them: test snapshots, file names.
inline constexpr EnumText<qml::ChecklistRunModel::Filter> checklistRunFilterTexts[] = {
    {qml::ChecklistRunModel::Filter::All, "all"},
    {qml::ChecklistRunModel::Filter::Mine, "mine"},
    {qml::ChecklistRunModel::Filter::Open, "open"}};
template <>
inline constexpr std::span<const EnumText<qml::ChecklistRunModel::Filter>>
    enumTexts<qml::ChecklistRunModel::Filter>{checklistRunFilterTexts};
} // namespace spil
