// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRunsModel.h"

#include "app/AppServices.h"
#include "app/Display.h"
#include "app/ReadGuard.h"
#include "checklists/ChecklistRepo.h"
#include "common/Clock.h"
#include "common/Time.h"
#include "store/Database.h"

#include <algorithm>

namespace spil::app {

ChecklistRunsModel::ChecklistRunsModel(QObject *parent) : RowListModel(parent)
{
    if (auto *app = AppServices::instance()) {
        connect(app, &AppServices::dataChanged, this, &ChecklistRunsModel::reload);
        connect(app, &AppServices::sessionChanged, this, &ChecklistRunsModel::reload);
    }
    reload();
}

void ChecklistRunsModel::reload()
{
    auto *app = AppServices::instance();
    QList<Row> rows;
    m_templates.clear();
    readGuarded("ChecklistRunsModel", [&] {
        if (app && app->ready()) {
            ChecklistRepo repo(*app->store());
            const QDate today = dateIn(app->clock().nowMs(), app->localZone());
            QList<ChecklistRun> runs = repo.runs();
            // The nearest occasion first: upcoming runs by date, then past ones, latest first.
            const qint64 todayStart = startOfDay(today, app->localZone());
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
                m_templates << QVariantMap{{QStringLiteral("id"), t.id},
                                           {QStringLiteral("name"), t.name},
                                           {QStringLiteral("items"), int(t.items.size())}};
        }
    });
    replaceRows(m_rows, rows, [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

QString ChecklistRunsModel::startRun(const QString &templateId, const QString &title, int dayOffset)
{
    auto *app = AppServices::instance();
    if (!app)
        return {};
    return startRunOn(
        templateId, title,
        dateIn(app->clock().nowMs(), app->localZone()).addDays(dayOffset).toString(Qt::ISODate));
}

QString ChecklistRunsModel::today() const
{
    auto *app = AppServices::instance();
    return app ? dateIn(app->clock().nowMs(), app->localZone()).toString(Qt::ISODate) : QString();
}

QString ChecklistRunsModel::dayText(const QString &isoDate) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? display::dayLong(day) : QString();
}

QString ChecklistRunsModel::startRunOn(const QString &templateId, const QString &title,
                                       const QString &isoDate)
{
    auto *app = AppServices::instance();
    if (!app)
        return {};
    QString id;
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid()) {
        Q_EMIT app->actionFailed(tr("Choose a day for the checklist."));
        return {};
    }
    app->act([&](Database &db) {
        ChecklistRepo repo(db);
        const ChecklistTemplate t = repo.resolveTemplate(templateId);
        const QString name = title.trimmed().isEmpty() ? t.name : title.trimmed();
        id = repo.startRun(t.id, name, day, app->localZoneId(), app->personId());
    });
    return id;
}

QString ChecklistRunsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ChecklistRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChecklistRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case RunIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case DateTextRole:
        return r.dateText;
    case PercentRole:
        return r.percent;
    case ProgressTextRole:
        return r.progressText;
    }
    return {};
}

QHash<int, QByteArray> ChecklistRunsModel::roleNames() const
{
    return {{RunIdRole, "runId"},
            {TitleRole, "title"},
            {DateTextRole, "dateText"},
            {PercentRole, "percent"},
            {ProgressTextRole, "progressText"}};
}

} // namespace spil::app
