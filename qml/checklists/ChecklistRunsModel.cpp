// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/checklists/ChecklistRunsModel.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

#include <algorithm>

namespace spil::qml {

ChecklistRunsModel::ChecklistRunsModel(QObject *parent) : RowList(parent) {}

ChecklistRunsModel::ChecklistRunsModel(OfficeStore *office, PeopleDirectory *people,
                                       QObject *parent)
    : ChecklistRunsModel(parent)
{
    link(office, people);
}

void ChecklistRunsModel::reload()
{
    QList<Row> rows;
    m_templates.clear();
    readGuarded("ChecklistRunsModel", [&] {
        if (open()) {
            ChecklistRepo repo(*office()->store());
            const QDate today = dateIn(office()->clock().nowMs(), office()->localZone());
            QList<ChecklistRun> runs = repo.runs();
            // The nearest occasion first: upcoming runs by date, then past ones, latest first.
            const qint64 todayStart = startOfDay(today, office()->localZone());
            std::sort(runs.begin(), runs.end(), [&](const ChecklistRun &a, const ChecklistRun &b) {
                const bool aAhead = a.dayUtc >= todayStart;
                const bool bAhead = b.dayUtc >= todayStart;
                if (aAhead != bAhead)
                    return aAhead;
                return aAhead ? a.dayUtc < b.dayUtc : a.dayUtc > b.dayUtc;
            });
            for (const ChecklistRun &run : std::as_const(runs)) {
                const Progress p = repo.progress(run.id);
                const QDate day = dateIn(run.dayUtc, zoneOrFail(run.tz));
                rows << Row{run.id, run.title, display::dayHeading(day, today), p.overall.percent(),
                            tr("%1 of %2 done").arg(p.overall.done).arg(p.overall.total)};
            }
            for (const ChecklistTemplate &t : repo.templates())
                m_templates << ChecklistTemplateEntry{t.id, t.name, int(t.items.size())};
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString ChecklistRunsModel::startRun(const QString &templateId, const QString &title, int dayOffset)
{
    if (!office())
        return {};
    return startRunOn(templateId, title,
                      dateIn(office()->clock().nowMs(), office()->localZone())
                          .addDays(dayOffset)
                          .toString(Qt::ISODate));
}

QString ChecklistRunsModel::today() const
{
    return office() ? office()->today() : QString();
}

QString ChecklistRunsModel::dayText(const QString &isoDate) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? display::dayLong(day) : QString();
}

QString ChecklistRunsModel::startRunOn(const QString &templateId, const QString &title,
                                       const QString &isoDate)
{
    if (!office() || !people())
        return {};
    QString id;
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid()) {
        Q_EMIT office()->actionFailed(tr("Choose a day for the checklist."));
        return {};
    }
    office()->act([&](Database &db) {
        ChecklistRepo repo(db);
        const ChecklistTemplate t = repo.resolveTemplate(templateId);
        const QString name = title.trimmed().isEmpty() ? t.name : title.trimmed();
        id = repo.startRun(t.id, name, day, office()->localZoneId(), people()->me().id);
    });
    return id;
}

int ChecklistRunsModel::startsOverdue(const QString &templateId, const QString &isoDate) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    int overdue = 0;
    if (!open() || !day.isValid())
        return overdue;
    readGuarded("ChecklistRunsModel", [&] {
        const qint64 now = office()->clock().nowMs();
        const ChecklistTemplate t = ChecklistRepo(*office()->store()).resolveTemplate(templateId);
        for (const qint64 due : ChecklistRepo::dueTimes(t, day, office()->localZone()))
            overdue += due < now ? 1 : 0;
    });
    return overdue;
}

QString ChecklistRunsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

} // namespace spil::qml
