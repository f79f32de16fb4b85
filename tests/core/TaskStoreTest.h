// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

#include "core/tasks/TaskRepo.h"

namespace spil::test {

// A store with a director and his assistant, and a short way to add a task handed from one
// to the other (or kept by oneself when by is the assignee).
class TaskStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
        sanne = addPerson("Sanne Bakker", Role::Assistant, "Europe/Amsterdam", 0, {maarten});
    }
    QString task(const char *title, const QString &assignee, const QString &by, qint64 due = -1,
                 bool urgent = false)
    {
        Task t;
        t.title = QString::fromUtf8(title);
        t.assignee = assignee;
        t.delegatedBy = by == assignee ? QString() : by;
        t.createdBy = by;
        t.dueUtc = due;
        t.urgent = urgent;
        return tasks.add(t);
    }
    TaskRepo tasks{*db};
    QString maarten, sanne;
};

} // namespace spil::test
