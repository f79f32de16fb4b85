// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/tasks/QuickCapture.h"

#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "core/tasks/TitleTime.h"
#include "qml/shell/Display.h"
#include "qml/shell/SyncStatus.h"

namespace spil::qml {

QuickCapture::QuickCapture(QObject *parent) : OfficeView(parent) {}

QuickCapture::QuickCapture(OfficeStore *office, PeopleDirectory *people, QObject *parent)
    : QuickCapture(parent)
{
    link(office, people);
}

void QuickCapture::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

qint64 QuickCapture::dueFor(TaskDue due) const
{
    if (!office() || !people())
        return -1;
    return spil::dueFor(due, office()->clock().nowMs(), office()->localZone(),
                        people()->me().workEndMin)
        .value_or(-1);
}

std::optional<qint64> QuickCapture::titleDue(const QString &title, TaskDue due, qint64 nowMs) const
{
    if (due == TaskDue::TitleDay)
        return dueOnTitleDay(title, nowMs, office()->localZone(),
                             people() ? people()->me().workEndMin : 0);
    const auto minute = timeInTitle(title);
    return minute ? dueAtTitleTime(due, *minute, nowMs, office()->localZone()) : std::nullopt;
}

qint64 QuickCapture::dueFor(const QString &title, TaskDue due) const
{
    if (!office())
        return -1;
    if (const auto at = titleDue(title, due, office()->clock().nowMs()))
        return *at;
    return dueFor(due);
}

QString QuickCapture::titleTimeText(const QString &title, TaskDue due) const
{
    if (!office())
        return {};
    const qint64 now = office()->clock().nowMs();
    const auto dueUtc = titleDue(title, due, now);
    if (!dueUtc)
        return {};
    const QTimeZone zone = office()->localZone();
    QString at = display::time(*dueUtc, zone);
    // Away from home the zone is said: the title's time reaches colleagues at home as theirs.
    const QTimeZone home(people() ? people()->me().tz.toUtf8() : QByteArray());
    if (home.isValid() && display::clocksDiffer(home, zone, *dueUtc))
        at += QLatin1Char(' ') + display::zoneCity(QString::fromUtf8(zone.id()));
    if (due == TaskDue::Tomorrow)
        return tr("Due tomorrow at %1").arg(at);
    if (due == TaskDue::TitleDay)
        return tr("Due %1 at %2").arg(display::dayLong(dateIn(*dueUtc, zone)), at);
    // Today, as chosen, but not without a word when that time has gone.
    return *dueUtc < now ? tr("Due today at %1, already past").arg(at)
                         : tr("Due today at %1").arg(at);
}

bool QuickCapture::titleTimeGone(const QString &title, TaskDue due) const
{
    if (!office())
        return false;
    const qint64 now = office()->clock().nowMs();
    const auto dueUtc = titleDue(title, due, now);
    return dueUtc && *dueUtc < now;
}

QString QuickCapture::savedText(const QString &title, const QString &assigneeId, bool offline) const
{
    if (assigneeId == people()->me().id)
        return tr("Task saved: %1").arg(title);
    const QString name = people()->firstNameOf(assigneeId);
    if (offline)
        return tr("Task saved for %1: %2 · %1 gets it once you are online").arg(name, title);
    return tr("Task saved for %1: %2").arg(name, title);
}

TaskDue QuickCapture::dueInTitle(const QString &title, TaskDue otherwise) const
{
    const TaskDue day = dayInTitle(title).value_or(otherwise);
    if (day != TaskDue::TitleDay || !office())
        return day;
    // Today's or tomorrow's weekday is that choice, lit as the form offers it.
    const qint64 now = office()->clock().nowMs();
    const QTimeZone zone = office()->localZone();
    const QDate today = dateIn(now, zone);
    const auto at = dueOnTitleDay(title, now, zone, people() ? people()->me().workEndMin : 0);
    const QDate named = at ? dateIn(*at, zone) : QDate();
    return named == today              ? TaskDue::Today
           : named == today.addDays(1) ? TaskDue::Tomorrow
                                       : TaskDue::TitleDay;
}

bool QuickCapture::capture(const QString &title, const QString &assigneeId, TaskDue due,
                           bool urgent)
{
    if (!open())
        return false;
    if (title.trimmed().isEmpty()) {
        setError(tr("What is the task?"));
        return false;
    }
    Task t;
    t.title = title.trimmed();
    t.assignee = assigneeId.isEmpty() ? people()->me().id : assigneeId;
    t.createdBy = people()->me().id;
    t.delegatedBy = t.assignee == people()->me().id ? QString() : people()->me().id;
    t.dueUtc = dueFor(t.title, due);
    t.urgent = urgent;
    t.source = TaskSource::InPassing;
    // Judged before the save: the save itself starts a sync, and the state says so.
    const bool offline = office()->status()->state() == SyncStatus::State::Offline;
    QString id;
    const QString error = office()->act([&](Database &db) { id = TaskRepo(db).add(t); });
    setError(error);
    if (!error.isEmpty())
        return false;
    Q_EMIT captured(id, savedText(t.title, t.assignee, offline));
    return true;
}

} // namespace spil::qml
