// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/EnumText.h"
#include "qml/shell/RowList.h"

#include <QtQml/qqmlregistration.h>

namespace spil {
struct Task;
class TaskRepo;
} // namespace spil

namespace spil::qml {

// One task in a list of tasks.
struct TaskRow {
    Q_GADGET
    Q_PROPERTY(QString taskId MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString dueText MEMBER dueText)
    // Abroad, when it is due at home ("22:00"; "" at home): said last, what a narrow row
    // cuts first.
    Q_PROPERTY(QString homeDueText MEMBER homeDueText)
    Q_PROPERTY(bool overdue MEMBER overdue)
    Q_PROPERTY(bool urgent MEMBER urgent)
    Q_PROPERTY(bool isNew MEMBER isNew)
    Q_PROPERTY(bool done MEMBER done)
    Q_PROPERTY(bool moved MEMBER moved)
    Q_PROPERTY(QString whoText MEMBER whoText)
    Q_PROPERTY(QString sourceText MEMBER sourceText)
public:
    QString id, title, dueText, homeDueText;
    bool overdue = false, urgent = false, isNew = false, done = false;
    // Moved to another day by this review ("Not today"), still in its place.
    bool moved = false;
    QString whoText, sourceText;
    bool operator==(const TaskRow &) const = default;
};

// The user's tasks as the three task pages show them:
// inbox: open tasks (new delegated ones marked until seen) and those struck off today;
// waiting: what the user handed over and still waits for;
// review: the end-of-day review, urgent first, overdue marked. While it is open its rows
// keep their places: one struck off shows crossed out, one moved to another day says so, so
// a second tap lands where the first did and never on the task that slid up; settle() (the
// review is left) lets them go.
class TaskListModel : public RowList<TaskRow> {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY loaded)
    Q_PROPERTY(int newCount READ newCount NOTIFY loaded)
    Q_PROPERTY(int urgentCount READ urgentCount NOTIFY loaded)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY loaded)

public:
    // Which list of tasks (QML: TaskListModel.Inbox, ...).
    enum class View { Inbox, Waiting, Review };
    Q_ENUM(View)

    explicit TaskListModel(QObject *parent = nullptr);
    TaskListModel(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);

    View view() const { return m_view; }
    void setView(View view);
    int openCount() const { return m_openCount; }
    int newCount() const { return m_newCount; }
    int urgentCount() const { return m_urgentCount; }
    int overdueCount() const { return m_overdueCount; }

    // Strike off, and undo it (reopen).
    Q_INVOKABLE void strike(const QString &taskId);
    Q_INVOKABLE void undo(const QString &taskId);
    // Moves the due time to the next working morning; returns the due time it had (UTC ms,
    // -1: none), which setDue() puts back for undo.
    Q_INVOKABLE double postpone(const QString &taskId);
    Q_INVOKABLE void setDue(const QString &taskId, double dueUtc);
    // This user hands the task to personId (the Undo of a hand-over gives it back so).
    Q_INVOKABLE void handTo(const QString &taskId, const QString &personId);
    // Undoes a delete.
    Q_INVOKABLE void restore(const QString &taskId);
    Q_INVOKABLE void toggleUrgent(const QString &taskId);
    // The user has looked at the inbox: nothing in it is new any more.
    Q_INVOKABLE void markSeen();
    // The review was left: what it struck off or moved leaves it.
    Q_INVOKABLE void settle();
    Q_INVOKABLE QString titleOf(const QString &taskId) const;

    void reload() override;

Q_SIGNALS:
    void viewChanged();
    void loaded();

private:
    using Row = TaskRow;
    QList<Task> keptInPlace(TaskRepo &repo, const QList<Task> &fresh, const QString &me,
                            qint64 todayStart, qint64 tomorrow);

    View m_view = View::Inbox;
    // The review's tasks in the order last shown.
    QStringList m_reviewOrder;
    int m_openCount = 0, m_newCount = 0, m_urgentCount = 0, m_overdueCount = 0;
};

} // namespace spil::qml

namespace spil {
// The views' names where a person reads them: test snapshots, file names.
inline constexpr EnumText<qml::TaskListModel::View> taskListViewTexts[] = {
    {qml::TaskListModel::View::Inbox, "inbox"},
    {qml::TaskListModel::View::Waiting, "waiting"},
    {qml::TaskListModel::View::Review, "review"}};
template <>
inline constexpr std::span<const EnumText<qml::TaskListModel::View>>
    enumTexts<qml::TaskListModel::View>{taskListViewTexts};
} // namespace spil
