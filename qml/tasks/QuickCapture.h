// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"
#include "qml/shell/OfficeView.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace spil::qml {

// Captures a task handed over in passing: a title, who does it (oneself by default), when
// it is due (a choice, not a date picker) and whether it is urgent.
class QuickCapture : public OfficeView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit QuickCapture(QObject *parent = nullptr);
    QuickCapture(OfficeStore *office, PeopleDirectory *people, QObject *parent = nullptr);
    void reload() override {}
    QString error() const { return m_error; }
    Q_INVOKABLE void clearError() { setError({}); }

    Q_INVOKABLE bool capture(const QString &title, const QString &assigneeId, spil::TaskDue due,
                             bool urgent);
    // The due time a choice stands for, in UTC ms (-1 for none); public for the tests.
    qint64 dueFor(TaskDue due) const;
    // The same for a title that names a time ("Bel Jan om 14:00"): today or tomorrow at it;
    // or a day (TitleDay: "Bel Jan vrijdag", "11 december"): that day, at its time or its end.
    qint64 dueFor(const QString &title, TaskDue due) const;
    // What the form shows under the title when it names a time the choice takes up, or the
    // day it is due: "Due today at 14:00" ("at 16:00 New York" away from home), "Due
    // Friday 11 December at 10:00"; empty otherwise.
    Q_INVOKABLE QString titleTimeText(const QString &title, spil::TaskDue due) const;
    // Whether that time has gone already (today at 09:00, typed at 10:00).
    Q_INVOKABLE bool titleTimeGone(const QString &title, spil::TaskDue due) const;
    // The choice a day in the title names ("morgen", "tomorrow"), else otherwise. A weekday
    // or a date is today's or tomorrow's choice when it is that day, else TitleDay (no choice
    // of the form's).
    Q_INVOKABLE spil::TaskDue dueInTitle(const QString &title, spil::TaskDue otherwise) const;

Q_SIGNALS:
    void errorChanged();
    // message: what the form says after the save, "Task saved for Lotte: Taxi bestellen";
    // when the device was offline, also when she gets it, for "saved for Lotte" would read
    // as sent.
    void captured(const QString &taskId, const QString &message);

private:
    void setError(const QString &error);
    QString savedText(const QString &title, const QString &assigneeId, bool offline) const;
    // The time the title names as due under that choice, in UTC ms; none for a title without
    // a time, or a choice that does not take one (this week, no date). Under TitleDay, the
    // named day's due time, with or without a time in the title.
    std::optional<qint64> titleDue(const QString &title, TaskDue due, qint64 nowMs) const;
    QString m_error;
};

} // namespace spil::qml
