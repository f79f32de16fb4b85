// SPDX-License-Identifier: GPL-3.0-or-later
// What each user action leaves in the outbox for sync: the record kinds, fields and values
// that the server will receive.
#include "TestStore.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/tasks/TaskRepo.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

class OutboxPerAction : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        maarten = addPerson("Maarten Verhoeven", Role::Director);
    }
    QString maarten;
};

TEST_F(OutboxPerAction, BookingAnAppointmentSendsTheWholeRecord)
{
    Appointment a =
        appointment(maarten, "RvB", utc("2026-12-02T13:00:00Z"), utc("2026-12-02T14:30:00Z"));
    a.attendees = {QStringLiteral("Gast")};
    a.confidential = true;
    const QString id = AgendaRepo(*db).add(a);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes.size(), entity(QStringLiteral("appointments")).fields.size());
    EXPECT_EQ(changes[QStringLiteral("appointments.title")], QJsonValue(QStringLiteral("RvB")));
    EXPECT_EQ(changes[QStringLiteral("appointments.start_utc")],
              QJsonValue(utc("2026-12-02T13:00:00Z")));
    EXPECT_EQ(changes[QStringLiteral("appointments.attendees")],
              QJsonValue(QJsonArray{QStringLiteral("Gast")}));
    EXPECT_EQ(changes[QStringLiteral("appointments.confidential")], QJsonValue(true));
    EXPECT_EQ(db->pendingChanges().last().recordId, id);
}

TEST_F(OutboxPerAction, CancellingAndMovingInstancesSendExceptions)
{
    Appointment mt =
        appointment(maarten, "MT", utc("2026-11-02T08:00:00Z"), utc("2026-11-02T09:00:00Z"));
    mt.rrule = QStringLiteral("FREQ=WEEKLY");
    AgendaRepo agenda(*db);
    const QString series = agenda.add(mt);
    agenda.cancelInstance(series, utc("2026-11-09T08:00:00Z"));
    auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("appointment_exceptions.series_id")], QJsonValue(series));
    EXPECT_EQ(changes[QStringLiteral("appointment_exceptions.cancelled")], QJsonValue(true));
    EXPECT_EQ(changes[QStringLiteral("appointment_exceptions.original_start_utc")],
              QJsonValue(utc("2026-11-09T08:00:00Z")));
    agenda.moveInstance(series, utc("2026-11-16T08:00:00Z"), utc("2026-11-17T12:00:00Z"),
                        utc("2026-11-17T13:00:00Z"));
    changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("appointment_exceptions.cancelled")], QJsonValue(false));
    EXPECT_EQ(changes[QStringLiteral("appointment_exceptions.start_utc")],
              QJsonValue(utc("2026-11-17T12:00:00Z")));
}

TEST_F(OutboxPerAction, EditingAnAppointmentSendsOnlyWhatChanged)
{
    AgendaRepo agenda(*db);
    const QString id = agenda.add(
        appointment(maarten, "Lunch", utc("2026-12-01T11:00:00Z"), utc("2026-12-01T12:00:00Z")));
    agenda.update(id, {.title = QStringLiteral("Lunch"), .location = QStringLiteral("De Waag")});
    const auto changes = lastActionChanges(*db);
    ASSERT_EQ(changes.keys(), QStringList{QStringLiteral("appointments.location")});
    agenda.remove(id);
    EXPECT_EQ(lastActionChanges(*db).value(QStringLiteral("appointments.deleted")),
              QJsonValue(true));
}

TEST_F(OutboxPerAction, TickingSendsStatusWhoAndWhen)
{
    ChecklistTemplate t;
    t.name = QStringLiteral("Verhuizing");
    t.items << TemplateItem{{}, QStringLiteral("Dag"), 0, 0, QStringLiteral("Sleutels"), maarten,
                            420};
    ChecklistRepo repo(*db);
    const QString run = repo.startRun(repo.addTemplate(t), {}, QDate(2026, 12, 10),
                                      QStringLiteral("Europe/Amsterdam"), maarten);
    auto changes = lastActionChanges(*db); // the run and its items travel in one action
    EXPECT_TRUE(changes.contains(QStringLiteral("checklist_runs.day_utc")));
    EXPECT_TRUE(changes.contains(QStringLiteral("checklist_items.title")));
    clock.set(utc("2026-12-10T06:05:00Z"));
    repo.tick(repo.items(run).first().id, maarten);
    changes = lastActionChanges(*db);
    EXPECT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[QStringLiteral("checklist_items.status")],
              QJsonValue(QStringLiteral("done")));
    EXPECT_EQ(changes[QStringLiteral("checklist_items.done_by")], QJsonValue(maarten));
    EXPECT_EQ(changes[QStringLiteral("checklist_items.done_at")],
              QJsonValue(utc("2026-12-10T06:05:00Z")));
    repo.addIncident(run, QStringLiteral("Lift defect"), maarten);
    changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("checklist_incidents.text")],
              QJsonValue(QStringLiteral("Lift defect")));
    EXPECT_EQ(changes[QStringLiteral("checklist_incidents.at_utc")],
              QJsonValue(utc("2026-12-10T06:05:00Z")));
}

TEST_F(OutboxPerAction, DelegatingATaskSendsWhoHandedItOver)
{
    const QString sanne = addPerson("Sanne Bakker", Role::Assistant);
    Task t;
    t.title = QStringLiteral("Hotel boeken");
    t.assignee = sanne;
    t.delegatedBy = maarten;
    t.urgent = true;
    TaskRepo(*db).add(t);
    const auto changes = lastActionChanges(*db);
    EXPECT_EQ(changes[QStringLiteral("tasks.assignee")], QJsonValue(sanne));
    EXPECT_EQ(changes[QStringLiteral("tasks.delegated_by")], QJsonValue(maarten));
    EXPECT_EQ(changes[QStringLiteral("tasks.urgent")], QJsonValue(true));
    EXPECT_EQ(changes[QStringLiteral("tasks.created_at")], QJsonValue(utc("2026-11-26T08:00:00Z")));
}

TEST_F(OutboxPerAction, AFieldSetTwiceInOneActionIsOneChangeWithTheLastValue)
{
    // A record added and changed in the same action (a document added, then filed): every
    // change of the action shares one stamp, so two of one field would tie on the server.
    const auto before = db->pendingChanges(100000).size();
    QString id;
    {
        Database::Transaction tx(*db);
        Task t;
        t.title = QStringLiteral("Brief tekenen");
        t.assignee = maarten;
        id = TaskRepo(*db).addWithin(t);
        db->update(QStringLiteral("tasks"), id,
                   {{QStringLiteral("title"), QStringLiteral("Brief versturen")}});
        tx.commit();
    }
    const auto all = db->pendingChanges(100000);
    int titles = 0;
    for (qsizetype i = before; i < all.size(); ++i) {
        if (all.at(i).recordId == id && all.at(i).field == QStringLiteral("title")) {
            ++titles;
            EXPECT_EQ(all.at(i).value, QJsonValue(QStringLiteral("Brief versturen")));
        }
    }
    EXPECT_EQ(titles, 1);
    EXPECT_EQ(lastActionChanges(*db)[QStringLiteral("tasks.title")],
              QJsonValue(QStringLiteral("Brief versturen")));
}
