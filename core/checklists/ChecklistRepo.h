// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checklists/Checklist.h"

#include <QDate>
#include <QTimeZone>
#include <optional>

namespace spil {

class Database;

class ChecklistRepo {
public:
    explicit ChecklistRepo(Database &db) : m_db(db) {}

    QString addTemplate(const ChecklistTemplate &checklistTemplate);
    QList<ChecklistTemplate> templates();
    // By id, id prefix or name (case-insensitive).
    ChecklistTemplate resolveTemplate(const QString &ref);

    // Copies the template's items into a new run for date in zone, in one user action.
    QString startRun(const QString &templateId, const QString &title, const QDate &date,
                     const QString &tz, const QString &createdBy);
    // startRun() as part of a user action the caller holds open (a new colleague's
    // onboarding notes the run on their personnel record in the same action).
    QString startRunWithin(const QString &templateId, const QString &title, const QDate &date,
                           const QString &tz, const QString &createdBy);
    // When each of the template's items falls due in a run for date in zone, in the
    // template's order. Offsets are wall-clock times from the day's midnight; an item due on
    // a Saturday or Sunday other than the run's own day moves away from that day to the
    // nearest weekday (packing two days before a Monday move is done on the Friday, the
    // clean-up five days after it on the Monday after).
    static QList<qint64> dueTimes(const ChecklistTemplate &checklistTemplate, const QDate &date,
                                  const QTimeZone &zone);
    QList<ChecklistRun> runs();
    std::optional<ChecklistRun> runById(const QString &id);
    QList<ChecklistItem> items(const QString &runId);
    std::optional<ChecklistItem> itemById(const QString &id);

    // A tick says "done" and records who and when; an item ticked already stays as it was,
    // so two people ticking it at once leave it done. untick() is its own, deliberate action.
    void tick(const QString &itemId, const QString &by);
    void untick(const QString &itemId);
    void setNotes(const QString &itemId, const QString &notes);
    // Makes personId responsible for an open item (someone off sick on move day), or
    // nobody (empty: the Undo of a hand to an item nobody had). Refused for a done item
    // and for someone who is not a person of the office.
    void handTo(const QString &itemId, const QString &personId);
    // The open items whose responsible person is on sick leave the day they are due (today
    // for an item due before, the run's day for one without a time): those to hand on.
    // Given the run's items as its caller read them, so a view reads them once.
    QSet<QString> itemsOfAbsent(const ChecklistRun &run, const QList<ChecklistItem> &items,
                                const QDate &today);

    QString addIncident(const QString &runId, const QString &text, const QString &by);
    QList<Incident> incidents(const QString &runId);

    Progress progress(const QString &runId);

private:
    QList<TemplateItem> templateItems(const QString &templateId);
    Database &m_db;
};

} // namespace spil
