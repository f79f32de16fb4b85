// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"

#include <QList>
#include <QObject>
#include <QString>

namespace spil {

// A checklist's fixed sets of values; QML reads them as Checklist.Open, Checklist.Done.
struct ChecklistEnums {
    Q_GADGET
public:
    enum class ItemStatus { Open, Done };
    Q_ENUM(ItemStatus)
};
using ChecklistItemStatus = ChecklistEnums::ItemStatus;

inline constexpr EnumText<ChecklistItemStatus> checklistItemStatusTexts[] = {
    {ChecklistItemStatus::Open, "open"}, {ChecklistItemStatus::Done, "done"}};
template <>
inline constexpr std::span<const EnumText<ChecklistItemStatus>> enumTexts<ChecklistItemStatus>{
    checklistItemStatusTexts};

// A template (move day, onboarding, the yearly outing) is copied into a run for one
// occasion; a run's items are ticked by whoever is responsible, in phases.
struct TemplateItem {
    QString id;
    QString phase;
    int phaseOrder = 0;
    int position = 0;
    QString title;
    QString responsible;  // person id, may be empty
    int dueOffsetMin = 0; // relative to the start of the run's day
};

struct ChecklistTemplate {
    QString id;
    QString name;
    QString description;
    QList<TemplateItem> items;
};

struct ChecklistRun {
    QString id;
    QString templateId;
    QString title;
    qint64 dayUtc = 0; // start of the day it is for, in tz
    QString tz;
    QString createdBy;
    qint64 createdAt = 0;
};

struct ChecklistItem {
    QString id;
    QString runId;
    QString phase;
    int phaseOrder = 0;
    int position = 0;
    QString title;
    QString responsible;
    qint64 dueUtc = -1;
    ChecklistItemStatus status = ChecklistItemStatus::Open;
    QString notes;
    QString doneBy;
    qint64 doneAt = -1;
};

struct Incident {
    QString id;
    QString runId;
    qint64 atUtc = 0;
    QString text;
    QString reportedBy;
};

struct ProgressCount {
    QString key; // the phase's name, or the responsible person's id
    int done = 0;
    int total = 0;
    int percent() const { return total == 0 ? 0 : done * 100 / total; }
};

struct Progress {
    ProgressCount overall;
    QList<ProgressCount> phases; // in phase order
    QList<ProgressCount> people; // by responsible person; "" for items nobody owns
};

} // namespace spil
