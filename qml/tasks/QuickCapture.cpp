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
    constexpr qint64 hour = 3600 * 1000;
    const int endOfDay = app->me().workEndMin > 0 ? app->me().workEndMin : 17 * 60;
    if (due == QStringLiteral("today"))
        return std::max(now, startOfDay(today, zone) + endOfDay * 60 * 1000LL);
    if (due == QStringLiteral("tomorrow"))
        return startOfDay(today.addDays(1), zone) + 9 * hour;
    // "this week": Friday at the end of the day, or next Friday from the weekend on.
    const int toFriday = (5 - today.dayOfWeek() + 7) % 7;
    return startOfDay(today.addDays(toFriday), zone) + endOfDay * 60 * 1000LL;
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
