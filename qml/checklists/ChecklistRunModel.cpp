// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/checklists/ChecklistRunModel.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/Display.h"
#include "qml/shell/ReadGuard.h"

namespace spil::qml {

ChecklistRunModel::ChecklistRunModel(QObject *parent) : RowList(parent) {}

ChecklistRunModel::ChecklistRunModel(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : ChecklistRunModel(parent)
{
    link(office, people);
}

void ChecklistRunModel::setRunId(const QString &id)
{
    if (id == m_runId)
        return;
    m_runId = id;
    m_afresh = true;
    Q_EMIT runIdChanged();
    reload();
}

void ChecklistRunModel::setFilter(Filter filter)
{
    // The same filter chosen again tidies the list: what no longer matches leaves.
    const bool changed = filter != m_filter;
    m_filter = filter;
    m_afresh = true;
    if (changed)
        Q_EMIT filterChanged();
    reload();
}

void ChecklistRunModel::reload()
{
    QSet<QString> onView;
    if (!m_afresh)
        for (const Row &r : m_rows)
            onView.insert(r.id);
    m_afresh = false;
    QList<Row> rows;
    m_done = m_total = 0;
    m_phases.clear();
    m_incidents.clear();
    m_title.clear();
    m_dateText.clear();
    readGuarded("ChecklistRunModel", [&] {
        const auto run = open() && !m_runId.isEmpty()
                             ? ChecklistRepo(*office()->store()).runById(m_runId)
                             : std::nullopt;
        if (run) {
            ChecklistRepo repo(*office()->store());
            const qint64 now = office()->clock().nowMs();
            const QTimeZone zone = zoneOrFail(run->tz);
            m_title = run->title;
            m_dateText = display::dayLong(dateIn(run->dayUtc, zone));
            const Progress progress = repo.progress(m_runId);
            m_done = progress.overall.done;
            m_total = progress.overall.total;
            for (const ProgressCount &phase : progress.phases)
                m_phases << RunPhase{phase.key, phase.done, phase.total, phase.percent()};
            const QList<Incident> incidents = repo.incidents(m_runId);
            for (auto it = incidents.crbegin(); it != incidents.crend(); ++it)
                m_incidents << IncidentEntry{display::due(it->atUtc, now, office()->localZone()),
                                             it->text, people()->nameOf(it->reportedBy)};
            const QString me = people()->me().id;
            const QList<ChecklistItem> items = repo.items(m_runId);
            const QSet<QString> absent =
                repo.itemsOfAbsent(*run, items, dateIn(now, office()->localZone()));
            for (const ChecklistItem &item : items) {
                Row r;
                r.id = item.id;
                r.phase = item.phase;
                r.title = item.title;
                r.responsible =
                    item.responsible.isEmpty() ? QString() : people()->nameOf(item.responsible);
                r.done = item.status == ChecklistItemStatus::Done;
                r.dueText = item.dueUtc < 0 ? QString() : display::due(item.dueUtc, now, zone);
                r.overdue = !r.done && item.dueUtc >= 0 && item.dueUtc < now;
                r.doneText =
                    r.done
                        ? tr("%1 · %2").arg(people()->firstNameOf(item.doneBy),
                                            display::due(item.doneAt, now, office()->localZone()))
                        : QString();
                r.mine = item.responsible == me;
                r.absent = absent.contains(item.id);
                r.notes = item.notes;
                const bool matches =
                    (m_filter != Filter::Mine || r.mine) && (m_filter != Filter::Open || !r.done);
                if (!matches && !onView.contains(r.id))
                    continue;
                rows << r;
            }
        }
    });
    setRows(std::move(rows), [](const Row &r) { return r.id; });
    Q_EMIT loaded();
}

void ChecklistRunModel::tick(const QString &itemId)
{
    if (office() && people())
        office()->act([&](Database &db) { ChecklistRepo(db).tick(itemId, people()->me().id); });
}

void ChecklistRunModel::untick(const QString &itemId)
{
    if (office())
        office()->act([&](Database &db) { ChecklistRepo(db).untick(itemId); });
}

bool ChecklistRunModel::handTo(const QString &itemId, const QString &personId)
{
    return office() && office()
                           ->act([&](Database &db) { ChecklistRepo(db).handTo(itemId, personId); })
                           .isEmpty();
}

QString ChecklistRunModel::responsibleIdOf(const QString &itemId) const
{
    QString out;
    readGuarded("ChecklistRunModel", [&] {
        if (open())
            if (const auto item = ChecklistRepo(*office()->store()).itemById(itemId))
                out = item->responsible;
    });
    return out;
}

bool ChecklistRunModel::addIncident(const QString &text)
{
    if (!office() || !people() || text.trimmed().isEmpty())
        return false;
    return office()
        ->act([&](Database &db) {
            ChecklistRepo(db).addIncident(m_runId, text.trimmed(), people()->me().id);
        })
        .isEmpty();
}

} // namespace spil::qml
