#include "QuickCapture.h"

#include "app/AppServices.h"
#include "common/Clock.h"
#include "common/Time.h"
#include "store/Database.h"
#include "tasks/TaskRepo.h"

namespace spil::app {

QuickCapture::QuickCapture(QObject *parent) : QObject(parent) {}

void QuickCapture::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

qint64 QuickCapture::dueFor(const QString &due) const
{
    auto *app = AppServices::instance();
    if (!app || due == QStringLiteral("none") || due.isEmpty())
        return -1;
    const QTimeZone zone = app->localZone();
    const qint64 now = app->clock().nowMs();
    const QDate today = dateIn(now, zone);
    const int endOfDay = app->me().workEndMin > 0 ? app->me().workEndMin : 17 * 60;
    if (due == QStringLiteral("today")) {
        // After working hours "today" still means today, before midnight.
        const qint64 end = atWallClock(today, endOfDay, zone);
        return now < end ? end : std::max(now, atWallClock(today, 23 * 60 + 59, zone));
    }
    if (due == QStringLiteral("tomorrow"))
        return atWallClock(today.addDays(1), 9 * 60, zone);
    // "this week": Friday at the end of the day; from Friday evening on, next Friday.
    int toFriday = (5 - today.dayOfWeek() + 7) % 7;
    if (toFriday == 0 && now >= atWallClock(today, endOfDay, zone))
        toFriday = 7;
    return atWallClock(today.addDays(toFriday), endOfDay, zone);
}

bool QuickCapture::capture(const QString &title, const QString &assigneeId, const QString &due,
                           bool urgent)
{
    auto *app = AppServices::instance();
    if (!app || !app->ready())
        return false;
    if (title.trimmed().isEmpty()) {
        setError(tr("What is the task?"));
        return false;
    }
    Task t;
    t.title = title.trimmed();
    t.assignee = assigneeId.isEmpty() ? app->personId() : assigneeId;
    t.createdBy = app->personId();
    t.delegatedBy = t.assignee == app->personId() ? QString() : app->personId();
    t.dueUtc = dueFor(due);
    t.urgent = urgent;
    t.source = QStringLiteral("in_passing");
    QString id;
    const QString error = app->act([&](Database &db) { id = TaskRepo(db).add(t); });
    setError(error);
    if (!error.isEmpty())
        return false;
    Q_EMIT captured(id);
    return true;
}

} // namespace spil::app
